import { findImage } from '../../model/images';
import { ago, dockerSize, table } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import type { OptSpec } from '../opts';
import { dockerOpts, needArgs, short } from './common';

/** -H (human sizes and dates) is the default: `-H` alone changes nothing. */
export const HISTORY_SPEC: OptSpec = {
  flags: { '--no-trunc': 'full', '-q': 'q', '--quiet': 'q', '-H': 'H' },
  unsimulated: ['--human', '--format', '--platform'],
};

/** `docker history [-q] [--no-trunc] IMAGE`: the build steps, newest first; only the top one has a (local) image id. */
export function dockerHistory(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'history', argv, HISTORY_SPEC);
  if (typeof p === 'number') return p;
  const ref = p.args[0];
  if (!ref) return needArgs(ctx, 'history', 'history [OPTIONS] IMAGE', 1, true);
  const img = findImage(ctx.sim.state, ref);
  if (!img) {
    ctx.err(`Error response from daemon: No such image: ${ref.includes(':') ? ref : `${ref}:latest`}\n`);
    return 1;
  }
  const now = ctx.sim.state.epochMs + ctx.sim.state.clockMs;
  const steps = [...img.history].reverse();
  if (p.opts.q) {
    ctx.out(
      steps.map((_s, i) => `${i === 0 ? (p.opts.full ? `sha256:${img.id}` : short(img.id)) : '<missing>'}\n`).join(''),
    );
    return 0;
  }
  const rows = steps.map((s, i) => {
    const by = p.opts.full || s.createdBy.length <= 45 ? s.createdBy : `${s.createdBy.slice(0, 44)}…`;
    return [
      i === 0 ? short(img.id) : '<missing>',
      ago(now - (s.createdMs ?? img.createdMs)),
      by,
      dockerSize(s.sizeBytes),
      'buildkit.dockerfile.v0',
    ];
  });
  ctx.out(table([['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], ...rows]));
  return 0;
}
