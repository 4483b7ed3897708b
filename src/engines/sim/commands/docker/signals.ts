/** `-s SIGNAL` of docker stop and kill: names and numbers, and what a PID 1 does with each. */
import type { Ctx } from '../../shell/types';
import { HINT, notSimulated } from '../honesty';

/** Linux signal names in number order (1 = HUP … 31 = SYS), as `-s` accepts them. */
const SIGNALS = ('HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD CONT STOP ' +
  'TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS').split(' '); // prettier-ignore

/** `KILL`, `SIGKILL` or `9` → `KILL`; undefined when it is no signal. */
function signalName(raw: string): string | undefined {
  const up = raw.toUpperCase().replace(/^SIG/, '');
  return /^\d+$/.test(up) ? SIGNALS[Number(up) - 1] : SIGNALS.includes(up) ? up : undefined;
}

/** The signal of `-s`, or the exit status after the daemon's (or the course's) answer. */
export function signalOf(ctx: Ctx, sub: string, raw: string | true | undefined, fallback: string): string | number {
  if (typeof raw !== 'string') return fallback;
  const sig = signalName(raw);
  if (!sig) {
    ctx.err(`Error response from daemon: Invalid signal: ${raw}\n`);
    return 1;
  }
  // KILL ends PID 1; TERM is ignored by every PID 1 modelled here (no handler). What others do is not modelled.
  if (sig !== 'KILL' && sig !== 'TERM') return notSimulated(ctx, `docker ${sub} -s ${raw}`, HINT.docker);
  return sig;
}
