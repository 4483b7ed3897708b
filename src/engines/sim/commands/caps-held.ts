/** Whether the caller holds a capability where it runs. */
import type { Ctx } from '../shell/types';
import { viewOf } from '../shell/view';

/** True when the caller holds `cap` in its environment (root on a host or VM holds them all). */
export function holds(ctx: Ctx, cap: string): boolean {
  const c = viewOf(ctx.sim, ctx.frame.env).container;
  return c ? c.config.caps.includes(cap) : ctx.uid === 0;
}
