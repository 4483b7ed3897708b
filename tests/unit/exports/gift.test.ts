import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { exportedQuestions } from '../../../src/engines/exports/coverage';
import { escapeGift, giftQuestion, giftQuiz } from '../../../src/engines/exports/gift';
import type { Question } from '../../../src/schemas/quiz';
import { quizzes } from './helpers';

// What gift-pegjs calls each GIFT question type the export writes.
const expectedType: Record<Question['type'], string | null> = {
  SingleChoice: 'MC',
  MultipleChoice: 'MC',
  TrueFalse: 'TF',
  Ordering: 'Matching',
  Matching: 'Matching',
  Categorize: 'Matching',
  ShortAnswer: 'Short',
  Numeric: 'Numerical',
  TerminalTask: null,
};

describe('Moodle GIFT', () => {
  it.each(quizzes.map((q) => [q.id, q] as const))(
    '%s parses with gift-pegjs into the expected questions',
    (_id, quiz) => {
      const parsed = parse(giftQuiz(quiz));
      const questions = parsed.filter((p) => p.type !== 'Category' && p.type !== 'Description');
      const exported = exportedQuestions(quiz, 'gift');
      expect(questions.map((p) => [p.title, p.type])).toEqual(exported.map((q) => [q.id, expectedType[q.type]]));
      expect(parsed[0]).toMatchObject({ type: 'Category', title: `$course$/Isolation Lab/${quiz.id}` });
    },
  );

  it('states in the header what was converted and what was left out', () => {
    const quiz = quizzes.find(
      (q) => q.questions.some((x) => x.type === 'TerminalTask') && q.questions.some((x) => x.type === 'Ordering'),
    );
    expect(quiz).toBeDefined();
    const header = giftQuiz(quiz!)
      .split('\n')
      .filter((l) => l.startsWith('//'))
      .join('\n');
    expect(header).toMatch(/Ordering \(\d+\) → matching \(item → position\)/);
    expect(header).toMatch(/TerminalTask \(\d+\): left out/);
  });

  it('round-trips every text, feedback and weight through the parser', () => {
    for (const quiz of quizzes)
      for (const q of exportedQuestions(quiz, 'gift')) {
        const [p] = parse(giftQuestion(q)) as unknown as Array<Record<string, any>>;
        expect(p?.stem.text).toContain(q.prompt.trim().split('\n')[0]);
        expect(p?.globalFeedback.text).toBe(q.explanation.trim());
        if (q.type === 'SingleChoice' || q.type === 'MultipleChoice') {
          expect(p?.choices.map((c: any) => [c.text.text, c.feedback.text])).toEqual(
            q.options.map((o) => [o.text.trim(), o.feedback.trim()]),
          );
          if (q.type === 'MultipleChoice') {
            const weights = p?.choices.map((c: any) => c.weight as number);
            const right = weights.filter((w: number) => w > 0);
            expect(right).toHaveLength(q.options.filter((o) => o.correct).length);
            expect(right.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(100, 3);
            expect(weights.filter((w: number) => w < 0)).toHaveLength(q.options.filter((o) => !o.correct).length);
          } else
            expect(p?.choices.filter((c: any) => c.isCorrect).map((c: any) => c.text.text)).toEqual(
              q.options.filter((o) => o.correct).map((o) => o.text.trim()),
            );
        }
        if (q.type === 'TrueFalse') {
          expect(p?.isTrue).toBe(q.answer);
          // Moodle reads {T#wrong-answer feedback#right-answer feedback}; gift-pegjs names the two by position.
          const wrong = q.answer ? q.feedbackFalse : q.feedbackTrue;
          expect(p?.trueFeedback.text).toBe(wrong.trim());
        }
        if (q.type === 'Numeric') expect(p?.choices).toMatchObject({ number: q.value });
      }
  });

  it('escapes every GIFT special character so the text reads back unchanged', () => {
    const nasty = 'a ~ b = c # d { e } f : g \\ h';
    expect(escapeGift(nasty)).toBe('a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h');
    const [p] = parse(
      `::t::[markdown]${escapeGift(nasty)}{=${escapeGift(nasty)}#${escapeGift(nasty)}\n~other#x}`,
    ) as unknown as Array<Record<string, any>>;
    expect(p?.stem.text).toBe(nasty);
    expect(p?.choices[0].text.text).toBe(nasty);
    expect(p?.choices[0].feedback.text).toBe(nasty);
  });

  it('keeps a multi-line prompt inside its question (no blank line ends it early)', () => {
    const parsed = parse(`${escapeGift('one\n\ntwo')}{T}`) as unknown as Array<Record<string, any>>;
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.stem.text).toBe('one\n\ntwo');
  });
});
