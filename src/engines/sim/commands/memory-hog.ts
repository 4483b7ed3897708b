/** `tail /dev/zero`: a one-process memory hog (no newline ever comes, so the buffered line grows forever). */
import { allocate } from '../model/oom';
import type { Ctx } from '../shell/types';

/** Grows the current process until the OOM killer sends SIGKILL: exit 137, and the shell prints "Killed". */
export function hogUntilKilled(ctx: Ctx): number {
  const proc = ctx.selfProc;
  if (!proc) return 1;
  allocate(ctx.sim, ctx.frame.env, proc, Number.MAX_SAFE_INTEGER);
  if ((proc.nsPid ?? proc.pid) !== 1) ctx.err('Killed\n');
  proc.rssKiB = 0;
  return 137;
}
