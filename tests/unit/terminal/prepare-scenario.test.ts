import { describe, expect, it } from 'vitest';
import { prepareScenario } from '../../../src/components/terminal/prepare-scenario';
import { fakeSession } from './fakes';
import { plainText, splitInlineCode } from '../../../src/components/terminal/inline-code';

/** A fake simulator whose goal is "ran `echo done`". */
const sim = {
  createScenarioSession: (_s: unknown, _o: { seed: number }) => {
    const session = fakeSession();
    return { session, state: () => session.ran };
  },
  checkGoal: (ran: string[], goal: { want: string }) => {
    const met = ran.includes(goal.want);
    return { done: met, parts: [{ description: `Run ${goal.want}`, met }] };
  },
};

describe('prepareScenario', () => {
  it('returns the starting checklist and the recorded solution', () => {
    const prepared = prepareScenario(
      sim,
      { goal: { want: 'echo done' }, solution: ['echo done'] },
      1,
      'lessons/labs/x.yaml',
    );
    expect(prepared.parts).toEqual([{ description: 'Run echo done', met: false }]);
    expect(prepared.recording).toBe('learner@host:~$ echo done\ndone\nlearner@host:~$ ');
  });

  it('fails with the file and the unmet part when the solution does not reach the goal', () => {
    expect(() =>
      prepareScenario(sim, { goal: { want: 'echo done' }, solution: ['echo nope'] }, 7, 'lessons/labs/x.yaml'),
    ).toThrow(
      /lessons\/labs\/x\.yaml › solution: expected commands that reach the goal, found a solution that leaves "Run echo done" unmet\. Hint: replay it with seed 7/,
    );
  });
});

describe('splitInlineCode', () => {
  it('marks backticked runs as code and drops empty pieces', () => {
    expect(splitInlineCode('Run `uname -r` then `exit`')).toEqual([
      { text: 'Run ', code: false },
      { text: 'uname -r', code: true },
      { text: ' then ', code: false },
      { text: 'exit', code: true },
    ]);
    expect(plainText('a `b` c')).toBe('a b c');
  });
});
