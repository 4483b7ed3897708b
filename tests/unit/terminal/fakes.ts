import type { Completion, ExecResult, ShellSession } from '../../../src/engines/sim/api';
import type { Timer } from '../../../src/engines/terminal/playback';
import type { Output } from '../../../src/engines/terminal/tty';

/** An Output that records what was written. */
export function fakeOutput(): Output & { written: string } {
  const out = {
    written: '',
    write(text: string) {
      out.written += text;
    },
    println(text: string) {
      out.written += text + '\r\n';
    },
  };
  return out;
}

/** A timer that runs only when the test says so. */
export function fakeTimer(): Timer & { pending: Array<{ fn: () => void; ms: number }>; tick(): void } {
  const t = {
    pending: [] as Array<{ fn: () => void; ms: number; id: number }>,
    next: 1,
    set(fn: () => void, ms: number) {
      const id = t.next++;
      t.pending.push({ fn, ms, id });
      return id;
    },
    clear(id: unknown) {
      t.pending = t.pending.filter((p) => p.id !== id);
    },
    tick() {
      const p = t.pending.shift();
      p?.fn();
    },
  };
  return t;
}

/** A tiny shell: `echo`, `slow` (two delayed chunks), `cls` (clears), completion over a word list. */
export function fakeSession(words: string[] = ['docker', 'dmesg', 'df', 'uname']): ShellSession & { ran: string[] } {
  const ran: string[] = [];
  return {
    ran,
    prompt: () => '\x1b[32mlearner@host\x1b[0m:~$ ',
    execute(line: string): ExecResult {
      ran.push(line);
      const [cmd, ...args] = line.trim().split(/\s+/);
      if (cmd === 'echo') return { output: [{ text: args.join(' ') + '\n', delayMs: 0 }], exitCode: 0 };
      if (cmd === 'slow')
        return {
          output: [
            { text: 'one\n', delayMs: 500 },
            { text: 'two\n', delayMs: 500 },
          ],
          exitCode: 0,
        };
      if (cmd === 'cls') return { output: [], exitCode: 0, clear: true };
      if (cmd === 'nonl') return { output: [{ text: 'no newline', delayMs: 0 }], exitCode: 0 };
      return { output: [{ text: `${cmd}: command not found\n`, delayMs: 0 }], exitCode: 127 };
    },
    complete(line: string, cursor: number): Completion {
      const start = line.lastIndexOf(' ', cursor - 1) + 1;
      const word = line.slice(start, cursor);
      return { start, candidates: words.filter((w) => w.startsWith(word)) };
    },
    history: () => ran,
  };
}
