import { findImage } from '../../model/images';
import { ago, dockerSize, table } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import { dockerOpts, needArgs, short } from './common';

/** `docker history IMAGE`: the build steps, newest first; only the top one has a (local) image id. */
export function dockerHistory(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'history', argv, { flags: { '--no-trunc': 'full', '-q': 'q', '-H': 'H' } });
  if (typeof p === 'number') return p;
  const ref = p.args[0];
  if (!ref) return needArgs(ctx, 'history', 'history [OPTIONS] IMAGE');
  const img = findImage(ctx.sim.state, ref);
  if (!img) {
    ctx.err(`Error response from daemon: No such image: ${ref.includes(':') ? ref : `${ref}:latest`}\n`);
    return 1;
  }
  const when = ago(ctx.sim.state.epochMs + ctx.sim.state.clockMs - img.createdMs);
  const steps = [...img.history].reverse();
  const rows = steps.map((s, i) => {
    const by = p.opts.full || s.createdBy.length <= 45 ? s.createdBy : `${s.createdBy.slice(0, 44)}…`;
    return [i === 0 ? short(img.id) : '<missing>', when, by, dockerSize(s.sizeBytes), 'buildkit.dockerfile.v0'];
  });
  ctx.out(table([['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], ...rows]));
  return 0;
}
