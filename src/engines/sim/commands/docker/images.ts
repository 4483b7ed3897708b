import { imageContentBytes, imageDiskBytes } from '../../model/images';
import { parseRef } from '../../model/catalog';
import type { Image, SimState } from '../../model/types';
import { ago, dockerSize, table } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import type { OptSpec } from '../opts';
import { dockerOpts, short } from './common';

/** -a adds intermediate build images: a pulled-only store has none, so the list is the same. */
export const IMAGES_SPEC: OptSpec = {
  flags: { '-q': 'q', '--quiet': 'q', '-a': 'a', '--all': 'a', '--no-trunc': 'full' },
  unsimulated: ['--digests', '-f', '--filter', '--format', '--tree'],
};

/**
 * `docker images [-q] [-a] [--no-trunc] [REPO]` (alias `docker image ls`), as Docker Engine 29 with the
 * containerd image store prints it. By default: the collapsed image view of docker/cli#6566 (29.0.0),
 * one row per tag with the manifest digest as ID, DISK USAGE (packed blobs + unpacked snapshots) and
 * CONTENT SIZE (packed blobs only, moby/moby#53398), `U` when a container uses the image. `-q` prints only
 * image IDs; `--no-trunc` falls back to the legacy REPOSITORY/TAG/IMAGE ID/CREATED/SIZE table, as the real CLI does.
 */
export function dockerImages(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'images', argv, IMAGES_SPEC);
  if (typeof p === 'number') return p;
  const state = ctx.sim.state;
  const wanted = p.args[0] !== undefined ? parseRef(p.args[0]).repo : undefined;
  if (p.opts.q || p.opts.full) return legacyList(ctx, state, wanted, p.opts.q === true, p.opts.full === true);
  ctx.out(collapsedView(state, wanted));
  return 0;
}

/** One `repo:tag` (or untagged) entry of the local store. */
interface Entry {
  image: Image;
  ref?: { repo: string; tag: string };
}

function entries(state: SimState, wanted: string | undefined): Entry[] {
  const out: Entry[] = [];
  for (const image of state.images.values()) {
    if (!image.tags.length) {
      if (wanted === undefined) out.push({ image });
      continue;
    }
    for (const ref of image.tags.map(parseRef))
      if (wanted === undefined || ref.repo === wanted) out.push({ image, ref });
  }
  return out;
}

/** Docker 29's default view: columns as cli/command/image/tree.go lays them out (3-space gaps). */
function collapsedView(state: SimState, wanted: string | undefined): string {
  const name = (e: Entry) => (e.ref ? `${e.ref.repo}:${e.ref.tag}` : '<untagged>');
  const rows = entries(state, wanted).sort((a, b) =>
    !a.ref !== !b.ref ? (a.ref ? -1 : 1) : name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0,
  );
  const used = new Set(state.containers.map((c) => c.imageId));
  const nameWidth = Math.max('IMAGE'.length, ...rows.map((e) => name(e).length));
  const gap = '   ';
  const line = (img: string, id: string, disk: string, content: string, extra: string) =>
    (
      img.padEnd(nameWidth) +
      gap +
      id.padEnd(12) +
      gap +
      disk.padStart(10) +
      gap +
      content.padStart(12) +
      gap +
      extra.padStart(Math.floor((5 - extra.length) / 2) + extra.length).padEnd(5)
    ).trimEnd();
  const width = nameWidth + 3 * 4 + 12 + 10 + 12 + 5;
  const legend = 'i Info →   U  In Use'.padStart(width);
  const body = rows.map((e) => {
    const content = imageContentBytes(state, e.image);
    return line(
      name(e),
      short(e.image.digest ?? e.image.id),
      dockerSize(content + imageDiskBytes(state, e.image)),
      dockerSize(content),
      used.has(e.image.id) ? 'U' : '',
    );
  });
  return [legend, line('IMAGE', 'ID', 'DISK USAGE', 'CONTENT SIZE', 'EXTRA'), ...body].join('\n') + '\n';
}

/** The pre-29 table, still printed for `-q` and `--no-trunc`: newest first, SIZE = unpacked layers. */
function legacyList(ctx: Ctx, state: SimState, wanted: string | undefined, quiet: boolean, full: boolean): number {
  const rows: string[][] = [];
  for (const img of [...state.images.values()].sort((a, b) => b.createdMs - a.createdMs)) {
    const refs = img.tags.length ? img.tags.map(parseRef) : [{ repo: '<none>', tag: '<none>' }];
    for (const r of refs) {
      if (wanted !== undefined && r.repo !== wanted) continue;
      rows.push([
        r.repo,
        r.tag,
        full ? `sha256:${img.id}` : short(img.id),
        ago(state.epochMs + state.clockMs - img.createdMs),
        dockerSize(imageDiskBytes(state, img)),
      ]);
    }
  }
  if (quiet) {
    ctx.out([...new Set(rows.map((r) => r[2]))].map((x) => `${x}\n`).join(''));
    return 0;
  }
  ctx.out(table([['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'], ...rows]));
  return 0;
}
