import type { Grader } from '../types';
import { readText } from '../read';
import { compilePattern, normalizeText } from '../text';

/** ShortAnswer: all or nothing; matches if the normalised answer equals an `accept` or matches a pattern. */
export const shortAnswer: Grader<'ShortAnswer'> = {
  readAnswer: readText,
  grade(q, answer) {
    const norm = (s: string) => normalizeText(s, q);
    const given = norm(answer);
    const correct =
      q.accept.some((a) => norm(a) === given) || q.patterns.some((p) => compilePattern(p, q.caseSensitive).test(given));
    return {
      fraction: correct ? 1 : 0,
      parts: [
        {
          id: 'answer',
          correct,
          feedback: correct ? 'Correct.' : 'Not an answer we accept.',
          expected: q.display ?? q.accept[0] ?? '',
          given: answer.trim(),
        },
      ],
    };
  },
  answerKey: (q) => q.display ?? q.accept[0] ?? '',
  wrongAnswers: () => ['definitely not the answer'],
};
