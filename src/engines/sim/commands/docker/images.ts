import { imageDiskBytes } from '../../model/images';
import { parseRef } from '../../model/catalog';
import { ago, dockerSize, table } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import { dockerOpts, short } from './common';

/** `docker images [-q] [-a] [REPO]`: one row per tag; untagged images still used by a container show as <none>. */
export function dockerImages(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'images', argv, {
    flags: { '-q': 'q', '--quiet': 'q', '-a': 'a', '--all': 'a', '--no-trunc': 'full' },
  });
  if (typeof p === 'number') return p;
  const state = ctx.sim.state;
  const rows: string[][] = [];
  for (const img of [...state.images.values()].sort((a, b) => b.createdMs - a.createdMs)) {
    const refs = img.tags.length ? img.tags.map(parseRef) : [{ repo: '<none>', tag: '<none>' }];
    for (const r of refs) {
      if (p.args[0] !== undefined && r.repo !== parseRef(p.args[0]).repo) continue;
      rows.push([
        r.repo,
        r.tag,
        p.opts.full ? `sha256:${img.id}` : short(img.id),
        ago(state.epochMs + state.clockMs - img.createdMs),
        dockerSize(imageDiskBytes(state, img)),
      ]);
    }
  }
  if (p.opts.q) {
    ctx.out([...new Set(rows.map((r) => r[2]))].map((x) => `${x}\n`).join(''));
    return 0;
  }
  ctx.out(table([['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'], ...rows]));
  return 0;
}
