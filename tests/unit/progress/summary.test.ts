import { describe, expect, test } from 'vitest';
import { lessonState, summarizeCourse, type CourseOutline } from '../../../src/engines/progress/index';
import { createProgressStore } from '../../../src/engines/store/progress-store';
import { fakeBackend, fakeClock } from '../store/fake-backend';

const outline: CourseOutline = {
  modules: [
    {
      id: 'basics',
      title: 'Basics',
      lessons: [
        { id: 'one', title: 'One', minutes: 20, quiz: 'quiz-one', labs: [] },
        { id: 'two', title: 'Two', minutes: 30, quiz: 'quiz-two', labs: ['lab-a'] },
      ],
    },
    {
      id: 'more',
      title: 'More',
      lessons: [{ id: 'three', title: 'Three', minutes: 45, labs: ['lab-b', 'lab-a'] }],
    },
  ],
  exam: 'final',
  labTitles: { 'lab-a': 'Lab A', 'lab-b': 'Lab B' },
};

const pass = { score: 9, maxScore: 10, percent: 90, passed: true };
const fail = { score: 4, maxScore: 10, percent: 40, passed: false };

function newStore() {
  return createProgressStore({ backend: fakeBackend().backend, now: fakeClock() });
}

describe('a new learner', () => {
  test('has nothing done, the whole course ahead, and the first lesson next', () => {
    const s = summarizeCourse(outline, newStore().snapshot());
    expect(s).toMatchObject({ done: 0, total: 3, percent: 0, minutesLeft: 95, started: false, finishedLabs: [] });
    expect(s.next).toMatchObject({ kind: 'lesson', lesson: { id: 'one', number: 1, title: 'One' } });
    expect(s.exam).toEqual({ id: 'final', attempts: 0, passed: false });
    expect(s.modules.map((m) => [m.number, m.done, m.minutesLeft])).toEqual([
      [1, 0, 50],
      [2, 0, 45],
    ]);
  });

  test('who only opened a lesson has started, and is sent back to it', () => {
    const store = newStore();
    store.markLessonVisited('one');
    const s = summarizeCourse(outline, store.snapshot());
    expect(s.started).toBe(true);
    expect(s.done).toBe(0);
    expect(s.next).toMatchObject({ kind: 'lesson', lesson: { id: 'one', started: true, done: false } });
  });
});

describe('what counts as done', () => {
  test('passing the quiz makes the lesson done; "Continue" moves on and the time left drops', () => {
    const store = newStore();
    store.recordAttempt('quiz-one', fail);
    let s = summarizeCourse(outline, store.snapshot());
    expect(s.modules[0]?.lessons[0]).toMatchObject({
      done: false,
      started: true,
      quiz: { id: 'quiz-one', attempts: 1, passed: false, best: { percent: 40 } },
    });
    store.recordAttempt('quiz-one', pass);
    s = summarizeCourse(outline, store.snapshot());
    expect(s.modules[0]?.lessons[0]).toMatchObject({
      done: true,
      doneBy: 'quiz',
      marked: false,
      quiz: { attempts: 2, passed: true, best: { percent: 90 } },
    });
    expect(s).toMatchObject({ done: 1, percent: 33, minutesLeft: 75 });
    expect(s.next).toMatchObject({ kind: 'lesson', lesson: { id: 'two', number: 2 } });
  });

  test('a failed quiz alone never makes a lesson done', () => {
    const store = newStore();
    for (let i = 0; i < 3; i++) store.recordAttempt('quiz-one', fail);
    expect(lessonState(outline.modules[0]!.lessons[0]!, store.snapshot())).toMatchObject({ done: false });
  });

  test('the learner’s own mark makes a lesson done, and unmarking undoes it', () => {
    const store = newStore();
    store.setLessonMarkedDone('two', true);
    const two = () => summarizeCourse(outline, store.snapshot()).modules[0]!.lessons[1]!;
    expect(two()).toMatchObject({ done: true, doneBy: 'mark', marked: true });
    store.setLessonMarkedDone('two', false);
    expect(two()).toMatchObject({ done: false, marked: false, started: true });
    expect(two().doneBy).toBeUndefined();
  });

  test('a passed quiz keeps the lesson done when the mark is taken back', () => {
    const store = newStore();
    store.setLessonMarkedDone('one', true);
    store.recordAttempt('quiz-one', pass);
    const one = () => lessonState(outline.modules[0]!.lessons[0]!, store.snapshot());
    expect(one()).toMatchObject({ done: true, doneBy: 'quiz', marked: true });
    store.setLessonMarkedDone('one', false);
    expect(one()).toMatchObject({ done: true, doneBy: 'quiz', marked: false });
  });

  test('a lesson without a quiz is done only by the mark', () => {
    const store = newStore();
    store.markExerciseDone('lab-b');
    expect(lessonState(outline.modules[1]!.lessons[0]!, store.snapshot())).toMatchObject({
      done: false,
      started: true,
      labs: [{ id: 'lab-b', doneAt: '2025-01-01T00:00:00.000Z' }, { id: 'lab-a' }],
    });
    expect(lessonState(outline.modules[1]!.lessons[0]!, store.snapshot()).quiz).toBeUndefined();
  });
});

describe('the next step', () => {
  test('is the first lesson not done, even when a later one is done', () => {
    const store = newStore();
    store.setLessonMarkedDone('two', true);
    store.setLessonMarkedDone('three', true);
    const s = summarizeCourse(outline, store.snapshot());
    expect(s.next).toMatchObject({ kind: 'lesson', lesson: { id: 'one' } });
    expect(s.modules.map((m) => [m.done, m.minutesLeft])).toEqual([
      [1, 20],
      [1, 0],
    ]);
  });

  test('is the exam once every lesson is done; 100 % only then', () => {
    const store = newStore();
    store.recordAttempt('quiz-one', pass);
    store.recordAttempt('quiz-two', pass);
    expect(summarizeCourse(outline, store.snapshot())).toMatchObject({ done: 2, percent: 66, minutesLeft: 45 });
    store.setLessonMarkedDone('three', true);
    store.recordAttempt('final', fail);
    const s = summarizeCourse(outline, store.snapshot());
    expect(s).toMatchObject({ done: 3, percent: 100, minutesLeft: 0, next: { kind: 'exam', quiz: 'final' } });
    expect(s.exam).toMatchObject({ attempts: 1, passed: false, best: { percent: 40 } });
  });

  test('is nothing when every lesson is done and the course has no exam', () => {
    const store = newStore();
    for (const id of ['one', 'two', 'three']) store.setLessonMarkedDone(id, true);
    const s = summarizeCourse({ ...outline, exam: undefined }, store.snapshot());
    expect(s.next).toBeUndefined();
    expect(s.exam).toBeUndefined();
  });

  test('an exam attempt alone counts as having started', () => {
    const store = newStore();
    store.recordAttempt('final', fail);
    expect(summarizeCourse(outline, store.snapshot()).started).toBe(true);
  });
});

test('finished labs are listed oldest first, by title, with the first lesson that uses them', () => {
  const store = newStore();
  store.markExerciseDone('lab-b');
  store.markExerciseDone('lab-a');
  store.markExerciseDone('retired-lab');
  expect(summarizeCourse(outline, store.snapshot()).finishedLabs).toEqual([
    { id: 'lab-b', title: 'Lab B', doneAt: '2025-01-01T00:00:00.000Z', lessonId: 'three' },
    { id: 'lab-a', title: 'Lab A', doneAt: '2025-01-01T00:01:00.000Z', lessonId: 'two' },
    { id: 'retired-lab', title: 'retired-lab', doneAt: '2025-01-01T00:02:00.000Z' },
  ]);
  expect(summarizeCourse(outline, store.snapshot()).started).toBe(true);
});
