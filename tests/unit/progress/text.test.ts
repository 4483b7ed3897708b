import { describe, expect, test } from 'vitest';
import {
  courseText,
  labsText,
  lessonShortText,
  lessonStatusText,
  quizText,
  scoreText,
} from '../../../src/components/progress/text';

const at = '2026-11-01T10:00:00.000Z';

describe('progress in words', () => {
  test('scores read as points first, then the percentage, never a bare fraction', () => {
    const nb = (s: string) => s.replace(/ (?=%|point)/g, '\u00a0');
    expect(scoreText({ score: 0.65, maxScore: 10, percent: 6.5, passed: false, at })).toBe(
      nb('0.7 of 10 points (7 %)'),
    );
    expect(scoreText({ score: 1, maxScore: 1, percent: 100, passed: true, at })).toBe(nb('1 of 1 point (100 %)'));
    expect(scoreText({ score: 2 / 3, maxScore: 3, percent: 22.2222, passed: false, at })).toBe(
      nb('0.7 of 3 points (22 %)'),
    );
  });

  test('the course line counts lessons and the time left', () => {
    expect(courseText({ done: 1, total: 8, minutesLeft: 250 })).toEqual({
      done: '1 of 8 lessons done',
      left: 'about 4 h 10 min left',
    });
    expect(courseText({ done: 1, total: 1, minutesLeft: 0 })).toEqual({
      done: '1 of 1 lesson done',
      left: 'nothing left to study',
    });
  });

  test('a lesson says why it is done, or how to finish it', () => {
    const quiz = { id: 'q', attempts: 0, passed: false };
    expect(lessonStatusText({ doneBy: 'quiz', quiz })).toBe('Done: you passed its quiz.');
    expect(lessonStatusText({ doneBy: 'mark', quiz })).toBe('Done: you marked it done.');
    expect(lessonStatusText({ quiz })).toBe(
      'Not done yet: pass the quiz at the end, or mark the lesson done yourself.',
    );
    expect(lessonStatusText({})).toBe('Not done yet: mark the lesson done when you have finished it.');
    expect([
      lessonShortText({ doneBy: 'quiz', started: true }),
      lessonShortText({ doneBy: 'mark', started: true }),
      lessonShortText({ started: true }),
      lessonShortText({ started: false }),
    ]).toEqual(['Done: quiz passed', 'Done: marked by you', 'In progress', 'Not started']);
  });

  test('a quiz shows its best score, whether it is passed, and the attempts', () => {
    const best = { score: 9, maxScore: 10, percent: 90, passed: true, at };
    expect(quizText({ id: 'q', attempts: 0, passed: false })).toBe('Not taken yet');
    expect(quizText({ id: 'q', attempts: 3, best, passed: true })).toBe(
      'Best 9 of 10\u00a0points (90\u00a0%), passed; 3 attempts',
    );
    expect(
      quizText({ id: 'q', attempts: 1, best: { ...best, score: 4, percent: 40, passed: false }, passed: false }),
    ).toBe('Best 4 of 10\u00a0points (40\u00a0%), not passed yet; 1 attempt');
    expect(labsText([{ id: 'a', doneAt: at }, { id: 'b' }])).toBe('1 of 2 finished');
  });
});
