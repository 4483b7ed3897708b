import { describe, expect, test } from 'vitest';
import { allocate, drawByGroup } from '../../../src/engines/quiz/strata';
import { drawQuestions } from '../../../src/engines/quiz/attempt';
import { courseQuizzes } from '../../../src/course/quiz-source';
import { loadCourse } from '../../../src/course/load-course';
import type { Question } from '../../../src/schemas/quiz';

const q = (id: string) => ({ id, type: 'TrueFalse', prompt: id, answer: true }) as unknown as Question;

describe('allocate: each group’s share of a draw', () => {
  test.each([
    [[20, 30, 50], 30, [6, 9, 15]],
    [[30, 40, 50], 30, [7, 10, 13]],
    [[10, 10, 10], 10, [4, 3, 3]],
    [[1, 1, 98], 10, [0, 0, 10]],
    [[5, 5], 20, [5, 5]],
  ])('%j drawing %i gives %j', (sizes, draw, expected) => {
    const out = allocate(sizes, draw);
    expect(out).toEqual(expected);
    expect(out.reduce((a, b) => a + b, 0)).toBe(
      Math.min(
        draw,
        sizes.reduce((a, b) => a + b, 0),
      ),
    );
  });
});

describe('drawByGroup', () => {
  const bank = [...Array(20)].map((_, i) => q(`a${i}`)).concat([...Array(40)].map((_, i) => q(`b${i}`)));
  const groupOf = (x: Question) => x.id[0]!;

  test('draws each group in proportion, without repeats, the same for the same seed', () => {
    for (const seed of [1, 2, 3, 99]) {
      const drawn = drawByGroup(bank, groupOf, 15, seed);
      expect(drawn).toHaveLength(15);
      expect(new Set(drawn.map((x) => x.id)).size).toBe(15);
      expect(drawn.filter((x) => x.id.startsWith('a'))).toHaveLength(5);
      expect(drawByGroup(bank, groupOf, 15, seed)).toEqual(drawn);
    }
    expect(drawByGroup(bank, groupOf, 15, 1)).not.toEqual(drawByGroup(bank, groupOf, 15, 2));
  });

  test('mixes the groups in the order shown (not all of one module, then the next)', () => {
    const drawn = drawByGroup(bank, groupOf, 15, 7)
      .map((x) => x.id[0])
      .join('');
    expect(drawn).not.toBe('aaaaabbbbbbbbbb');
  });
});

describe('the course’s final exam', () => {
  const course = loadCourse(process.cwd());
  const final = courseQuizzes().find((x) => x.final)!;

  test('draws from every lesson’s quiz without a hand-kept list, in course order', () => {
    const lessonQuizzes = course.lessons.flatMap((l) => (l.data.quiz ? [l.data.quiz] : []));
    expect(course.quizzes.find((x) => x.data.final)!.data.from).toEqual(lessonQuizzes);
    expect(lessonQuizzes.length).toBe(course.lessons.length);
  });

  test('every attempt examines each module in proportion to its share of the bank', () => {
    const groups = final.groups!;
    const size = new Map<string, number>();
    for (const x of final.questions) size.set(groups[x.id]!, (size.get(groups[x.id]!) ?? 0) + 1);
    // A module declared before its lessons are written has nothing to examine yet.
    const taught = course.modules.filter((m) => m.lessons.length > 0);
    expect([...size.keys()].sort()).toEqual(taught.map((m) => m.id).sort());
    for (const seed of [1, 2, 3]) {
      const drawn = drawQuestions(final, seed);
      expect(drawn).toHaveLength(final.draw!);
      for (const [module, n] of size) {
        const share = (n * final.draw!) / final.questions.length;
        const got = drawn.filter((x) => groups[x.id] === module).length;
        expect(Math.abs(got - share)).toBeLessThan(1);
      }
    }
  });
});
