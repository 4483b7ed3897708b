/** Whether the caller holds a capability where it runs. */
import type { NsKind } from '../model/types';
import type { Ctx } from '../shell/types';
import { viewOf } from '../shell/view';

/**
 * True when the caller holds `cap` in its environment (root on a host or VM holds them all). Root of a
 * user namespace (unshare -r) holds it only over the namespaces `over` that were made with that user
 * namespace (user_namespaces(7)); never over what no namespace covers, such as the clock.
 */
export function holds(ctx: Ctx, cap: string, over?: NsKind): boolean {
  const env = ctx.frame.env;
  const c = viewOf(ctx.sim, env).container;
  if (c) return ctx.uid === 0 && c.config.caps.includes(cap);
  if (env.kind === 'host' && env.ns && env.ns.user !== ctx.sim.state.hostNs.user)
    return ctx.uid === 0 && over !== undefined && (env.owned ?? []).includes(over);
  return ctx.uid === 0;
}
