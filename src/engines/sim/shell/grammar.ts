/** The words of the shell grammar the parser needs to know (XCU 2.4, 2.10.2) and the constructs it leaves out. */
import type { Assign, Word } from './ast';

/** Compound commands nested deeper than this are refused (bash has no fixed limit; we bound the work). */
export const MAX_DEPTH = 64;
/** Reserved words that end a list (XCU 2.4). */
export const CLOSERS = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', '}', 'esac']);
/** Reserved words and operators of constructs the simulator leaves to a real shell. */
export const UNSUPPORTED: Record<string, string> = {
  case: 'it is a bash builtin or keyword',
  select: 'it is a bash builtin or keyword',
  function: 'it is a bash builtin or keyword',
  '[[': 'it is a bash builtin or keyword',
  '((': 'it is a bash builtin or keyword',
  '<<': 'here-documents exist in the real bash and sh',
  '<<-': 'here-documents exist in the real bash and sh',
  '<<<': 'here-strings exist in the real bash',
  '<>': 'read-write redirections exist in the real bash and sh',
};
/** Redirection operators (the last four are answered as not simulated). */
export const REDIRS = new Set(['>', '>>', '<', '>&', '<&', '&>', '&>>', '>|', '<<', '<<-', '<<<', '<>']);

/** `NAME=value` when the word starts with an unquoted `NAME=` (XCU 2.10.2, rule 7). */
export function assignment(w: Word): Assign | null {
  const first = w.parts[0];
  if (first?.kind !== 'text' || first.quoted) return null;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
  if (!m) return null;
  const rest = first.text.slice(m[0].length);
  return {
    name: m[1] as string,
    value: { parts: [...(rest ? [{ ...first, text: rest }] : []), ...w.parts.slice(1)] },
  };
}
