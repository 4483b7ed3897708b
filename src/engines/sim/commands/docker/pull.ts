import type { Ctx } from '../../shell/types';
import { HINT, notSimulated } from '../honesty';
import type { OptSpec } from '../opts';
import { dockerOpts, needArgs, offlineImage, pullImage } from './common';
import { referenceError } from './reference';

/** `docker pull`'s flags; the host is linux/amd64, the one platform modelled. */
export const PULL_SPEC: OptSpec = {
  flags: { '-q': 'q', '--quiet': 'q' },
  values: { '--platform': 'platform' },
  unsimulated: ['-a', '--all-tags', '--disable-content-trust'],
};

/** `docker pull [-q] [--platform linux/amd64] IMAGE[:TAG]`. */
export function dockerPull(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'pull', argv, PULL_SPEC);
  if (typeof p === 'number') return p;
  const platform = p.opts.platform;
  if (typeof platform === 'string' && !['linux/amd64', 'amd64', 'linux/x86_64'].includes(platform))
    return notSimulated(ctx, `docker pull --platform ${platform}`, HINT.docker, 'only linux/amd64 is modelled');
  const ref = p.args[0];
  if (!ref || p.args.length > 1) return needArgs(ctx, 'pull', 'pull [OPTIONS] NAME[:TAG|@DIGEST]', 1, true);
  const bad = referenceError(ref);
  if (bad) {
    ctx.err(`${bad}\n`);
    return 1;
  }
  const quiet = p.opts.q === true;
  if (!ref.includes(':') && !quiet) ctx.out('Using default tag: latest\n');
  const res = pullImage(ctx, ref, true, quiet);
  if ('offline' in res) return offlineImage(ctx, ref, res.offline);
  if ('error' in res) {
    ctx.err(`Error response from daemon: ${res.error}\n`);
    return 1;
  }
  return 0;
}
