import type { Grader } from '../types';

/**
 * TerminalTask: graded from the simulator's `checkGoal` result, never by re-running anything.
 * `done` means full marks. Otherwise `proportional` scoring earns met / total parts, capped at
 * (total − 1) / total so that only a finished task gets full marks; `all-or-nothing` earns 0.
 */
export const terminalTask: Grader<'TerminalTask'> = {
  readAnswer(value) {
    if (value === null || typeof value !== 'object') return undefined;
    const { done, parts } = value as { done?: unknown; parts?: unknown };
    if (typeof done !== 'boolean' || !Array.isArray(parts)) return undefined;
    const ok = parts.every(
      (p: unknown) =>
        typeof p === 'object' &&
        p !== null &&
        typeof (p as { met?: unknown }).met === 'boolean' &&
        typeof (p as { description?: unknown }).description === 'string',
    );
    return ok ? { done, parts } : undefined;
  },
  grade(q, answer) {
    const total = answer.parts.length;
    const met = answer.parts.filter((p) => p.met).length;
    const fraction = answer.done
      ? 1
      : q.scoring === 'all-or-nothing' || total === 0
        ? 0
        : Math.min(met, total - 1) / total;
    const parts = answer.parts.map((p, i) => ({
      id: `goal-${i}`,
      correct: p.met,
      feedback: p.detail ? `${p.description} (${p.detail})` : p.description,
    }));
    return {
      fraction,
      parts:
        parts.length > 0
          ? parts
          : [{ id: 'answer', correct: answer.done, feedback: answer.done ? 'Task done.' : 'Task not done yet.' }],
    };
  },
  answerKey: () => ({ done: true, parts: [{ description: 'The goal is reached.', met: true }] }),
  wrongAnswers: () => [{ done: false, parts: [{ description: 'The goal is reached.', met: false }] }],
  // A lab with no goal part met has not been answered yet, whatever was typed.
  answerState: (_q, answer) => (answer.done ? 'complete' : answer.parts.some((p) => p.met) ? 'partial' : 'unanswered'),
};
