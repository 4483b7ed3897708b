import { describe, expect, test } from 'vitest';
import { joinAnswerParts } from '../../../src/engines/quiz/join-answers';

describe('joinAnswerParts', () => {
  test('phrases join with semicolons', () => {
    expect(joinAnswerParts(['PID', 'network', 'UTS'])).toBe('PID; network; UTS');
  });

  test('sentences stay sentences: never ".;"', () => {
    const text = joinAnswerParts(['It writes a control register.', 'The guest traps into the hypervisor', 'Why?']);
    expect(text).toBe('It writes a control register. The guest traps into the hypervisor. Why?');
    expect(text).not.toContain('.;');
  });

  test('a closing quote or bracket after the full stop still ends a sentence; blanks are dropped', () => {
    expect(joinAnswerParts(['It prints "hello."', '  ', 'It exits (code 0.)'])).toBe(
      'It prints "hello." It exits (code 0.)',
    );
  });
});
