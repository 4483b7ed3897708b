/**
 * Redirections (XCU 2.7; bash manual "Redirections"), applied left to right to a small file
 * descriptor table: `>`, `>>`, `<`, `n>&m`, `>&2`, `&>`, `/dev/null`, `/dev/stdout`, `/dev/stderr`.
 */
import type { Sim } from '../model/types';
import type { Redirect } from './ast';
import type { Frame } from './types';
import { readFile, resolvePath, STRERROR, writeFile } from './vfs';

/** Where a command reads and writes. */
/** Standard input that is a pipe or a file: its text and how far commands have read it. */
export interface Input {
  text: string;
  pos: number;
}

export interface Io {
  /** null: the terminal (the learner cannot type into a running command here). */
  stdin: Input | null;
  /** Standard output is the terminal (not a pipe or a file): `ls` prints columns only then. */
  tty?: boolean;
  out(text: string, delayMs?: number): void;
  err(text: string): void;
}

type Sink = (text: string, delayMs?: number) => void;

/** A redirection error, worded per shell; the command does not run (status 1). */
export class RedirectError {
  constructor(
    readonly bash: string,
    readonly sh: string,
  ) {}
}

/** Applies `redirects` (targets already expanded, in the same order) to `io`; throws RedirectError. */
export function applyRedirects(
  sim: Sim,
  frame: Frame,
  redirects: Redirect[],
  targets: string[],
  io: Io,
  prog = '',
): Io {
  if (redirects.length === 0) return io;
  const fds: Array<Sink | null | undefined> = [undefined, io.out, io.err];
  let stdin = io.stdin;
  redirects.forEach((r, k) => {
    const word = targets[k] as string;
    const fail = (bash: string, sh: string): never => {
      throw new RedirectError(bash, sh);
    };
    if (r.op === '>&' || r.op === '<&') {
      if (word === '-') {
        fds[r.fd] = null; // a closed descriptor: writes to it are lost (EBADF)
        return;
      }
      if (!/^\d+$/.test(word)) {
        if (r.op === '<&') fail(`${word}: ambiguous redirect`, `${word}: Bad file descriptor`);
        // `>&word` with a word that is no number is bash's old spelling of `&>word`.
        const sink = openSink(sim, frame, word, false, writeError(frame, prog, io.err));
        fds[1] = sink;
        fds[2] = sink;
        return;
      }
      const from = Number(word);
      if (from > 2 || (from === 0 && r.op === '>&'))
        fail(`${word}: Bad file descriptor`, `${word}: Bad file descriptor`);
      if (r.fd === 0) return; // `0<&0`: stdin stays
      fds[r.fd] = from === 0 ? fds[r.fd] : fds[from];
      return;
    }
    if (word === '')
      fail(
        ': No such file or directory',
        r.op === '<' ? "can't open : no such file" : "can't create : nonexistent directory",
      );
    if (r.op === '<') {
      const path = resolvePath(frame.cwd, word);
      const res = readFile(sim, frame, path, frame.shellPid, frame.uid);
      if (!res.ok)
        return fail(
          `${word}: ${STRERROR[res.errno]}`,
          `can't open ${word}: ${res.errno === 'ENOENT' ? 'no such file' : STRERROR[res.errno]}`,
        );
      if (r.fd === 0) stdin = { text: res.text, pos: 0 };
      return;
    }
    const sink =
      word === '/dev/stdout'
        ? fds[1]
        : word === '/dev/stderr'
          ? fds[2]
          : openSink(sim, frame, word, r.op.endsWith('>>'), writeError(frame, prog, io.err));
    if (r.op === '&>' || r.op === '&>>') {
      fds[1] = sink;
      fds[2] = sink;
    } else if (r.fd <= 2) fds[r.fd] = sink;
  });
  const drop: Sink = () => undefined;
  return { stdin, out: fds[1] ?? drop, err: fds[2] ?? drop, tty: fds[1] === io.out && io.tty === true };
}

/**
 * A write the kernel refuses after the open succeeded (a cgroup file given a bad value): the program's
 * own `write error`, as bash's echo builtin (`bash: echo: write error: Invalid argument`) and ash print it.
 */
function writeError(frame: Frame, prog: string, err: (text: string) => void): (errno: string) => void {
  return (errno) =>
    err(
      frame.shell === 'bash'
        ? `bash: ${prog}: write error: ${STRERROR[errno]}\n`
        : `sh: write error: ${STRERROR[errno]}\n`,
    );
}

/** Opens (creates, or truncates unless appending) a file as the shell does before the command starts. */
function openSink(sim: Sim, frame: Frame, word: string, append: boolean, failed: (errno: string) => void): Sink {
  const path = resolvePath(frame.cwd, word);
  const e = writeFile(sim, frame, path, '', append, frame.uid);
  if (e)
    throw new RedirectError(
      `${word}: ${STRERROR[e]}`,
      `can't create ${word}: ${e === 'ENOENT' ? 'nonexistent directory' : STRERROR[e]}`,
    );
  return (text) => {
    const e = writeFile(sim, frame, path, text, true, frame.uid);
    if (e) failed(e);
  };
}
