import type { Module } from '../schemas/module';
import type { LessonRecord } from './model';
import type { Problem } from './problem';

/** Finds prerequisite cycles; returns each cycle once as a list of lesson ids. */
function findCycles(lessons: LessonRecord[]): string[][] {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of byId.get(id)?.data.prerequisites ?? []) {
      if (!byId.has(next)) continue;
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const l of lessons) if (!state.has(l.id)) visit(l.id);
  return cycles;
}

/** Checks what no single file's schema can: references, uniqueness and ordering across the course. */
export function crossCheck(modules: Module[], lessons: LessonRecord[], quizIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const moduleIds = modules.map((m) => m.id);
  const lessonIds = new Set(lessons.map((l) => l.id));

  const seenLesson = new Map<string, string>();
  const seenSlot = new Map<string, string>();
  const seenObjective = new Map<string, string>();
  for (const l of lessons) {
    const d = l.data;
    const other = seenLesson.get(l.id);
    if (other)
      problems.push({
        file: l.file,
        path: '',
        expected: `a unique lesson id`,
        found: `"${l.id}", also the id of ${other}`,
        hint: 'rename one of the files; the id is the file name without its number prefix.',
      });
    seenLesson.set(l.id, l.file);

    if (!moduleIds.includes(d.module))
      problems.push({
        file: l.file,
        path: 'module',
        expected: `one of the modules in lessons/modules.yaml [${moduleIds.join(', ')}]`,
        found: `"${d.module}"`,
        hint: 'add the module to lessons/modules.yaml or fix the spelling.',
      });

    const slot = `${d.module}#${d.order}`;
    const slotOwner = seenSlot.get(slot);
    if (slotOwner)
      problems.push({
        file: l.file,
        path: 'order',
        expected: `an order unique within module "${d.module}"`,
        found: `${d.order}, also used by ${slotOwner}`,
        hint: 'give each lesson in a module its own order number.',
      });
    seenSlot.set(slot, l.file);

    d.objectives.forEach((o, i) => {
      const owner = seenObjective.get(o.id);
      if (owner)
        problems.push({
          file: l.file,
          path: `objectives.${i}.id`,
          expected: 'an objective id unique across the course',
          found: `"${o.id}", also used in ${owner}`,
          hint: 'prefix objective ids with a short lesson name, e.g. "kernel-syscalls".',
        });
      seenObjective.set(o.id, l.file);
    });

    if (d.quiz !== undefined && !quizIds.has(d.quiz))
      problems.push({
        file: l.file,
        path: 'quiz',
        expected: `the id of a quiz in quizzes/ [${[...quizIds].join(', ')}]`,
        found: `"${d.quiz}"`,
        hint: `create quizzes/${d.quiz}.yaml or fix the id.`,
      });

    d.prerequisites.forEach((p, i) => {
      if (p === l.id)
        problems.push({
          file: l.file,
          path: `prerequisites.${i}`,
          expected: 'another lesson’s id',
          found: `"${p}", this lesson itself`,
        });
      else if (!lessonIds.has(p))
        problems.push({
          file: l.file,
          path: `prerequisites.${i}`,
          expected: `the id of an existing lesson [${[...lessonIds].join(', ')}]`,
          found: `"${p}"`,
        });
    });
  }

  const byId = new Map(lessons.map((l) => [l.id, l]));
  for (const cycle of findCycles(lessons)) {
    const first = byId.get(cycle[0] ?? '');
    if (!first) continue;
    problems.push({
      file: first.file,
      path: 'prerequisites',
      expected: 'prerequisites that form no cycle',
      found: `the cycle ${cycle.join(' → ')}`,
      hint: 'a lesson cannot (even indirectly) require itself; remove one link.',
    });
  }
  return problems;
}
