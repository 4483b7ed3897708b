import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import { GlossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary';
import { describeValue, type Problem } from './problem';
import { parseWithProblems } from './zod-problems';
import { surfaceForms, termPattern } from './glossary-match';

const FILE = 'glossary/glossary.yaml';

/** A lesson as the glossary checks it: its id and its body text (frontmatter removed). */
export interface LessonText {
  id: string;
  body: string;
}

/** Names an entry by its id where it has one ("virtio"), else by its position, plus its line in the file. */
function entryLabel(raw: unknown, index: number, lines: (i: number) => number | undefined): string {
  const id = Array.isArray(raw) ? (raw[index] as { id?: unknown } | undefined)?.id : undefined;
  const line = lines(index);
  return `${typeof id === 'string' ? id : `entry ${index + 1}`}${line ? ` (line ${line})` : ''}`;
}

/** Reads and checks the glossary: schema, unique ids and forms, known lessons, and each lesson really using its term. */
export function loadGlossary(root: string, lessons: LessonText[]): { entries: GlossaryEntry[]; problems: Problem[] } {
  const path = join(root, FILE);
  if (!existsSync(path)) return { entries: [], problems: [] };
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    return {
      entries: [],
      problems: [
        {
          file: FILE,
          path: `line ${e.linePos?.[0].line ?? 0}`,
          expected: 'valid YAML',
          found: JSON.stringify(e.message.split('\n')[0]),
        },
      ],
    };
  }
  const raw: unknown = doc.toJS();
  const items = isSeq(doc.contents) ? (doc.contents.items as Node[]) : [];
  const lines = (i: number) => (items[i]?.range ? counter.linePos(items[i]!.range![0]).line : undefined);
  const label = (i: number) => entryLabel(raw, i, lines);

  if (!Array.isArray(raw) || raw.length === 0)
    return {
      entries: [],
      problems: [
        {
          file: FILE,
          path: '',
          expected: 'a list of entries (id, term, definition, lessons)',
          found: describeValue(raw),
        },
      ],
    };
  // Each entry is checked on its own, so one bad entry neither hides the others' problems nor causes follow-on ones.
  const problems: Problem[] = [];
  const entries: GlossaryEntry[] = [];
  const at: number[] = [];
  raw.forEach((item, i) => {
    const parsed = parseWithProblems(GlossaryEntrySchema, item, FILE);
    problems.push(
      ...parsed.problems.map((p) => ({
        ...p,
        path: p.path ? `${label(i)}.${p.path}` : label(i),
        hint: p.hint?.replace(/the README’s “Writing a lesson” section/, 'the README’s “Glossary” section'),
      })),
    );
    if (parsed.data) {
      entries.push(parsed.data);
      at.push(i);
    }
  });
  const byLesson = new Map(lessons.map((l) => [l.id, l.body]));
  const seenIds = new Map<string, number>();
  const seenForms = new Map<string, string>();
  entries.forEach((e, k) => {
    const i = at[k]!;
    const where = label(i);
    if (seenIds.has(e.id))
      problems.push({
        file: FILE,
        path: `${where}.id`,
        expected: 'an id used once',
        found: `"${e.id}" again`,
        hint: `it is also entry ${seenIds.get(e.id)! + 1}.`,
      });
    seenIds.set(e.id, i);
    for (const form of surfaceForms(e)) {
      const key = form.toLowerCase();
      const other = seenForms.get(key);
      if (other && other !== e.id)
        problems.push({
          file: FILE,
          path: `${where}.aka`,
          expected: 'forms no other entry uses',
          found: `"${form}", already a form of "${other}"`,
          hint: 'a word can link to one entry only.',
        });
      seenForms.set(key, e.id);
    }
    e.lessons.forEach((id, j) => {
      const body = byLesson.get(id);
      if (body === undefined)
        problems.push({
          file: FILE,
          path: `${where}.lessons.${j}`,
          expected: 'the id of a lesson',
          found: describeValue(id),
          hint: `lessons are: ${[...byLesson.keys()].join(', ')}.`,
        });
      else if (!termPattern([e]).test(body))
        problems.push({
          file: FILE,
          path: `${where}.lessons.${j}`,
          expected: `a lesson that uses "${e.term}" (or one of its forms)`,
          found: `"${id}", which never does`,
          hint: 'list only lessons that teach the term.',
        });
    });
    e.linkIn?.forEach((id, j) => {
      if (!byLesson.has(id))
        problems.push({
          file: FILE,
          path: `${where}.linkIn.${j}`,
          expected: 'the id of a lesson',
          found: describeValue(id),
          hint: `lessons are: ${[...byLesson.keys()].join(', ')}.`,
        });
    });
  });
  return { entries, problems };
}
