/** One editing intent decoded from the bytes xterm.js reports through `onData`. */
export type KeyAction =
  | { type: 'insert'; text: string }
  | {
      type:
        | 'enter'
        | 'backspace'
        | 'delete'
        | 'left'
        | 'right'
        | 'word-left'
        | 'word-right'
        | 'home'
        | 'end'
        | 'up'
        | 'down'
        | 'tab'
        | 'interrupt'
        | 'clear'
        | 'eof'
        | 'kill-before'
        | 'kill-after'
        | 'kill-word-before'
        | 'detach'
        | 'escape';
    };

type SimpleType = Exclude<KeyAction, { type: 'insert' }>['type'];

/** The bytes a terminal sends for the keys the on-screen key bar offers; `parseInput` decodes each to its action. */
export const KEY_BYTES = { tab: '\t', up: '\x1b[A', down: '\x1b[B', interrupt: '\x03' } as const;

/** Escape sequences, including the variants terminals send for Home/End in each cursor-key mode. */
const SEQUENCES: ReadonlyMap<string, SimpleType> = new Map([
  ['\x1b[A', 'up'],
  ['\x1bOA', 'up'],
  ['\x1b[B', 'down'],
  ['\x1bOB', 'down'],
  ['\x1b[C', 'right'],
  ['\x1bOC', 'right'],
  ['\x1b[D', 'left'],
  ['\x1bOD', 'left'],
  ['\x1b[H', 'home'],
  ['\x1bOH', 'home'],
  ['\x1b[1~', 'home'],
  ['\x1b[7~', 'home'],
  ['\x1b[F', 'end'],
  ['\x1bOF', 'end'],
  ['\x1b[4~', 'end'],
  ['\x1b[8~', 'end'],
  ['\x1b[3~', 'delete'],
  ['\x1b[1;5C', 'word-right'],
  ['\x1b[1;3C', 'word-right'],
  ['\x1bf', 'word-right'],
  ['\x1b[1;5D', 'word-left'],
  ['\x1b[1;3D', 'word-left'],
  ['\x1bb', 'word-left'],
]);

/** Single control characters (Ctrl+letter and friends). */
const CONTROLS: ReadonlyMap<string, SimpleType> = new Map([
  ['\r', 'enter'],
  ['\n', 'enter'],
  ['\x7f', 'backspace'],
  ['\b', 'backspace'],
  ['\t', 'tab'],
  ['\x01', 'home'],
  ['\x05', 'end'],
  ['\x02', 'left'],
  ['\x06', 'right'],
  ['\x10', 'up'],
  ['\x0e', 'down'],
  ['\x03', 'interrupt'],
  ['\x0c', 'clear'],
  ['\x04', 'eof'],
  ['\x15', 'kill-before'],
  ['\x0b', 'kill-after'],
  ['\x17', 'kill-word-before'],
  // Ctrl+]: virsh console's escape key. The line editor hands it to the session (see LineEditor, 'detach').
  ['\x1d', 'detach'],
]);

/** Any other CSI or SS3 sequence (focus reports, F-keys…): recognised so it is skipped whole. */
// eslint-disable-next-line no-control-regex -- matching terminal escape bytes is the point
const UNKNOWN_ESCAPE = /^\x1b(?:\[[0-?]*[ -/]*[@-~]|O.)/;

/** Decodes one `onData` string (a key, or a whole paste) into editing actions, in order. */
export function parseInput(data: string): KeyAction[] {
  const actions: KeyAction[] = [];
  let text = '';
  const flush = (): void => {
    if (text) actions.push({ type: 'insert', text });
    text = '';
  };
  let i = 0;
  while (i < data.length) {
    const ch = data[i]!;
    if (ch === '\x1b') {
      flush();
      const rest = data.slice(i);
      const known = [...SEQUENCES.keys()].filter((s) => rest.startsWith(s)).sort((a, b) => b.length - a.length)[0];
      if (known) {
        actions.push({ type: SEQUENCES.get(known)! });
        i += known.length;
        continue;
      }
      const unknown = UNKNOWN_ESCAPE.exec(rest);
      if (unknown) {
        i += unknown[0].length;
        continue;
      }
      actions.push({ type: 'escape' });
      i += 1;
      continue;
    }
    const control = CONTROLS.get(ch);
    if (control) {
      flush();
      actions.push({ type: control });
      // A pasted Windows line end is one Enter, not two.
      i += ch === '\r' && data[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    // Other C0 controls have no binding here; printable text (any script, emoji) is kept.
    if (ch >= ' ') text += ch;
    i += 1;
  }
  flush();
  return actions;
}
