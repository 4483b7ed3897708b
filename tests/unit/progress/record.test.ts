import { describe, expect, test } from 'vitest';
import { completionRecord, type CourseOutline } from '../../../src/engines/progress/index';
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
    { id: 'more', title: 'More', lessons: [{ id: 'three', title: 'Three', minutes: 45, labs: ['lab-b'] }] },
  ],
  exam: 'final',
  labTitles: { 'lab-a': 'Lab A', 'lab-b': 'Lab B' },
};

const score = (points: number, max: number) => ({
  score: points,
  maxScore: max,
  percent: Math.round((points * 100) / max),
  passed: points * 100 >= max * 80,
});
const newStore = () => createProgressStore({ backend: fakeBackend().backend, now: fakeClock() });

describe('record of completion', () => {
  test('before the exam is taken, it says the exam is what is missing', () => {
    const r = completionRecord(outline, newStore().snapshot(), 80);
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual(['Pass the final exam (pass mark 80\u00a0%): you have not taken it yet.']);
    expect(r.exam).toEqual({ attempts: 0 });
    expect(r.modules.map((m) => m.quizAverage)).toEqual([0, undefined]);
  });

  test('after a failed attempt, it gives the best so far and the attempts', () => {
    const store = newStore();
    store.recordAttempt('final', score(10, 20));
    store.recordAttempt('final', score(14, 20));
    const r = completionRecord(outline, store.snapshot(), 80);
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual([
      'Pass the final exam (pass mark 80\u00a0%): your best so far is 70\u00a0% after 2 attempts.',
    ]);
  });

  test('once the exam is passed: exam score and date, module averages, lessons and labs, the kept name', () => {
    const store = newStore();
    store.recordAttempt('quiz-one', score(9, 10));
    store.recordAttempt('quiz-two', score(5, 10));
    store.setLessonMarkedDone('three', true);
    store.markExerciseDone('lab-b');
    store.markExerciseDone('not-in-course');
    store.recordAttempt('final', { ...score(17, 20), at: '2026-11-30T12:00:00.000Z' });
    store.recordAttempt('final', score(15, 20)); // a later, lower attempt changes neither the best nor the date
    store.setLearnerName('Ada');
    const r = completionRecord(outline, store.snapshot(), 80);
    expect(r.complete).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.exam).toEqual({
      attempts: 2,
      best: { ...score(17, 20), at: '2026-11-30T12:00:00.000Z' },
      passedAt: '2026-11-30T12:00:00.000Z',
    });
    expect(r.modules).toEqual([
      {
        number: 1,
        title: 'Basics',
        quizAverage: 70,
        lessons: [
          { title: 'One', done: true, hasQuiz: true, best: expect.objectContaining({ percent: 90 }) },
          { title: 'Two', done: false, hasQuiz: true, best: expect.objectContaining({ percent: 50 }) },
        ],
      },
      { number: 2, title: 'More', lessons: [{ title: 'Three', done: true, hasQuiz: false }] },
    ]);
    expect([r.lessonsDone, r.lessonsTotal, r.labsTotal]).toEqual([2, 3, 2]);
    expect(r.labsFinished.map((l) => l.title)).toEqual(['Lab B']);
    expect(r.savedName).toBe('Ada');
  });

  test('a course without an exam issues no record and says so', () => {
    const r = completionRecord({ ...outline, exam: undefined }, newStore().snapshot(), 80);
    expect(r.complete).toBe(false);
    expect(r.missing[0]).toMatch(/no final exam/);
  });
});
