import { describe, expect, test } from 'vitest';
import { createProgressStore } from '../../../src/engines/store/progress-store';
import {
  countProgress,
  countsText,
  decodeImport,
  encodeExport,
  exportFileName,
} from '../../../src/engines/store/transfer';
import { emptyProgress, type Progress } from '../../../src/engines/store/types';
import { fakeBackend, fakeClock } from './fake-backend';

const T0 = '2026-11-30T10:00:00.000Z';
const AT = '2026-12-01T09:00:00.000Z';
const score = { score: 9, maxScore: 10, percent: 90, passed: true, at: T0 };

/** Progress with something in every section, as a real learner's store holds it. */
function sample(): Progress {
  const store = createProgressStore({ backend: fakeBackend().backend, now: fakeClock() });
  store.markLessonVisited('why-isolate');
  store.setLessonMarkedDone('hypervisors', true);
  store.recordAttempt('why-isolate', { ...score, answers: { q1: 'a', q2: ['b', 'c'] } });
  store.recordAttempt('final-exam', { score: 5, maxScore: 20, percent: 25, passed: false });
  store.markExerciseDone('oom-kill');
  store.setLearnerName('  Ada Lovelace ');
  return store.snapshot();
}

const wrap = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'isolation-lab-progress', formatVersion: 1, course: 'Isolation Lab', ...fields });

describe('progress export', () => {
  test('a file round-trips to the same progress, name included', () => {
    const progress = sample();
    const text = encodeExport(progress, 'Isolation Lab', AT);
    expect(JSON.parse(text)).toMatchObject({
      format: 'isolation-lab-progress',
      formatVersion: 1,
      course: 'Isolation Lab',
      exportedAt: AT,
    });
    expect(decodeImport(text, AT)).toEqual({ ok: true, progress, exportedAt: AT });
    expect(progress.learner).toEqual({ name: 'Ada Lovelace' });
  });

  test('an empty record round-trips too', () => {
    expect(decodeImport(encodeExport(emptyProgress(), 'Isolation Lab', AT), AT)).toEqual({
      ok: true,
      progress: emptyProgress(),
      exportedAt: AT,
    });
  });

  test('the file name carries the date', () => {
    expect(exportFileName(AT)).toBe('isolation-lab-progress-2026-12-01.json');
  });
});

describe('progress import refuses, saying why', () => {
  const cases: Array<[string, string, string, string]> = [
    [
      'text that is not JSON',
      '{"format": "isolation',
      'not-json',
      'This file is not a progress file: it is not valid JSON. Nothing was changed.',
    ],
    [
      'a JSON array',
      '[1, 2]',
      'foreign',
      'This file is not an Isolation Lab progress file (it has no "format" of isolation-lab-progress). Nothing was changed.',
    ],
    [
      'another program’s JSON',
      '{"name":"my-app","version":"1.0.0"}',
      'foreign',
      'This file is not an Isolation Lab progress file (it has no "format" of isolation-lab-progress). Nothing was changed.',
    ],
    [
      'the raw localStorage record without the wrapper',
      JSON.stringify(emptyProgress()),
      'foreign',
      'This file is not an Isolation Lab progress file (it has no "format" of isolation-lab-progress). Nothing was changed.',
    ],
    [
      'a newer file format',
      wrap({ formatVersion: 2, progress: emptyProgress() }),
      'future',
      'This progress file was saved by a newer version of the course than this one, which cannot read all of it. Nothing was changed.',
    ],
    [
      'a newer store version inside',
      wrap({ progress: { ...emptyProgress(), version: 99 } }),
      'future',
      'This progress file was saved by a newer version of the course than this one, which cannot read all of it. Nothing was changed.',
    ],
    [
      'a missing format version',
      JSON.stringify({ format: 'isolation-lab-progress', progress: emptyProgress() }),
      'damaged',
      'This progress file is damaged: its format version is missing or not a whole number. Nothing was changed.',
    ],
    [
      'no progress record',
      wrap({}),
      'damaged',
      'This progress file is damaged: it holds no progress record. Nothing was changed.',
    ],
    [
      'a progress record with no version',
      wrap({ progress: { lessons: {} } }),
      'damaged',
      'This progress file is damaged: its progress record is not in a form this course knows. Nothing was changed.',
    ],
    [
      'one bad entry among good ones',
      wrap({ progress: { ...emptyProgress(), lessons: { a: { visitedAt: T0 }, b: { visitedAt: 'yesterday' } } } }),
      'damaged',
      'This progress file is damaged: 1 entry could not be read. Nothing was changed.',
    ],
    [
      'a blank name',
      wrap({ progress: { ...emptyProgress(), learner: { name: '   ' } } }),
      'damaged',
      'This progress file is damaged: 1 entry could not be read. Nothing was changed.',
    ],
  ];
  test.each(cases)('%s', (_what, text, code, message) => {
    expect(decodeImport(text, AT)).toEqual({ ok: false, code, message });
  });
});

describe('progress import of older files', () => {
  test('a file holding version-3 progress is migrated to the current version', () => {
    const v3 = { version: 3, lessons: { a: { visitedAt: T0 } }, quizzes: {}, exercises: { e: { doneAt: T0 } } };
    expect(decodeImport(wrap({ progress: v3 }), AT)).toEqual({
      ok: true,
      progress: { ...v3, version: 4 },
    });
  });
});

describe('what an import or reset replaces', () => {
  test('counts every section', () => {
    const counts = countProgress(sample());
    expect(counts).toEqual({
      lessonsOpened: 2,
      lessonsMarked: 1,
      quizzesTaken: 2,
      quizzesPassed: 1,
      labsFinished: 1,
      name: 'Ada Lovelace',
    });
    expect(countsText(counts)).toBe(
      '2 lessons opened (1 marked done), 2 quizzes taken (1 passed), 1 lab finished, the name “Ada Lovelace”',
    );
    expect(countsText(countProgress(emptyProgress()))).toBe('nothing saved');
  });

  test('counts quick checks answered, one per question, and says nothing of them when there are none', () => {
    const check = { answer: 'a', correct: true, at: T0 };
    const progress = {
      ...emptyProgress(),
      checks: { 'a-checks': { q1: check, q2: check }, 'b-checks': { q1: check } },
    };
    expect(countProgress(progress).checksAnswered).toBe(3);
    expect(countsText(countProgress(progress))).toBe('3 quick checks answered');
    const one = { ...emptyProgress(), checks: { 'a-checks': { q1: check } } };
    expect(countsText(countProgress(one))).toBe('1 quick check answered');
    expect(countProgress(emptyProgress())).not.toHaveProperty('checksAnswered');
  });
});

describe('the store takes an import whole', () => {
  test('replace() swaps everything and writes it', () => {
    const { backend, entries } = fakeBackend();
    const store = createProgressStore({ backend, now: fakeClock() });
    store.markLessonVisited('other');
    const incoming = sample();
    store.replace(incoming);
    expect(store.snapshot()).toEqual(incoming);
    expect(JSON.parse(Object.values(entries())[0] ?? '')).toEqual(incoming);
  });

  test('setLearnerName keeps a trimmed name and forgets it when blank', () => {
    const store = createProgressStore({ backend: fakeBackend().backend, now: fakeClock() });
    store.setLearnerName(' Grace ');
    expect(store.snapshot().learner).toEqual({ name: 'Grace' });
    store.setLearnerName('');
    expect(store.snapshot()).not.toHaveProperty('learner');
  });
});
