// Build-time only: what the teacher pack (/teach/) reads from the course's sources, so it never drifts from them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScenarioSession } from '../engines/sim/index';
import { shareMinutes, type ScheduleUnit } from '../engines/teach/schedule';
import { replaySteps, type WorksheetStep } from '../engines/teach/worksheet';
import { loadScenario, LABS_DIR } from '../components/terminal/load-scenario';
import { ScenarioSchema, type Scenario } from '../schemas/scenario';
import type { Course, LessonRecord } from './model';

/** Minutes allowed per exam question when planning a session: an assumption for planning, not a measurement. */
export const EXAM_MINUTES_PER_QUESTION = 1.5;
/** Sections that close a lesson and are never taught on their own: they stay with the section before. */
const TRAILING = /^(Key points|Sources)$/;

/** Every lab scenario of the course, by id, validated as the build validates it. */
export function labScenarios(root: string): Record<string, Scenario> {
  const ids = readdirSync(join(root, LABS_DIR))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5));
  return Object.fromEntries(ids.map((id) => [id, loadScenario(ScenarioSchema, root, id)]));
}

/** A lab's solution replayed in a fresh session with the seed its lesson's terminal uses, step by step. */
export function labSteps(scenario: Scenario, seed = 1): WorksheetStep[] {
  return replaySteps(createScenarioSession(scenario, { seed }).session, scenario.solution);
}

/** A lesson's `## ` sections with their length in words (the text before the first heading counts with the first). */
export function lessonSections(text: string): Array<{ title: string; words: number }> {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '').replace(/^import .*$/gm, '');
  const out: Array<{ title: string; words: number }> = [];
  let title = 'Introduction';
  let words = 0;
  for (const line of body.split('\n')) {
    const heading = /^## +(.+)$/.exec(line);
    if (heading && TRAILING.test(heading[1]?.trim() ?? '')) continue;
    if (heading) {
      if (words > 0 || out.length > 0) out.push({ title, words });
      title = (heading[1] ?? '').replace(/`/g, '').trim();
      words = 0;
    } else words += line.split(/\s+/).filter(Boolean).length;
  }
  out.push({ title, words });
  return out;
}

/** A lesson as schedule units: its sections, its minutes shared by their words (sections given no minutes merged). */
function lessonUnits(lesson: LessonRecord, root: string): ScheduleUnit[] {
  const sections = lessonSections(readFileSync(join(root, lesson.file), 'utf8'));
  const minutes = shareMinutes(
    lesson.data.minutes,
    sections.map((s) => s.words),
  );
  const units: ScheduleUnit[] = [];
  let pending: string | undefined; // a leading section too short for a minute, taught with the next one
  sections.forEach((s, i) => {
    const m = minutes[i] ?? 0;
    const prev = units.at(-1);
    // A section too short to earn a whole minute is taught with a neighbour: the one before, or else the next.
    if (m === 0 && prev) units[units.length - 1] = { ...prev, lastPart: s.title };
    else if (m === 0) pending ??= s.title;
    else {
      units.push({
        id: lesson.id,
        title: lesson.data.title,
        part: pending ?? s.title,
        ...(pending && { lastPart: s.title }),
        minutes: m,
      });
      pending = undefined;
    }
  });
  return units;
}

/** The course in order as schedule units, the final exam last (its time from the questions drawn). */
export function scheduleUnits(course: Course, root: string): ScheduleUnit[] {
  const units = course.lessons.flatMap((l) => lessonUnits(l, root));
  const exam = course.quizzes.find((q) => q.data.final);
  if (exam?.data.draw)
    units.push({ id: exam.id, title: exam.data.title, minutes: Math.ceil(exam.data.draw * EXAM_MINUTES_PER_QUESTION) });
  return units;
}
