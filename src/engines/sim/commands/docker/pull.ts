import type { Ctx } from '../../shell/types';
import { dockerOpts, needArgs, pullImage } from './common';

/** `docker pull IMAGE[:TAG]`. */
export function dockerPull(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'pull', argv, {
    flags: { '-q': 'q', '--quiet': 'q', '-a': 'a', '--all-tags': 'a' },
    values: { '--platform': 'platform' },
  });
  if (typeof p === 'number') return p;
  const ref = p.args[0];
  if (!ref || p.args.length > 1) return needArgs(ctx, 'pull', 'pull [OPTIONS] NAME[:TAG|@DIGEST]');
  if (!ref.includes(':')) ctx.out('Using default tag: latest\n');
  const res = pullImage(ctx, ref, true);
  if ('error' in res) {
    ctx.err(`Error response from daemon: ${res.error}\n`);
    return 1;
  }
  return 0;
}
