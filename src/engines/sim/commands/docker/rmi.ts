import { findImage, manifestDigestOf, normalizeRef, untag } from '../../model/images';
import { findInRegistry } from '../../model/catalog';
import type { Ctx } from '../../shell/types';
import type { OptSpec } from '../opts';
import { dockerOpts, needArgs, short } from './common';

/** --no-prune keeps untagged parents: images pulled here have none, so it changes nothing. */
export const RMI_SPEC: OptSpec = {
  flags: { '-f': 'f', '--force': 'f', '--no-prune': 'np' },
  unsimulated: ['--platform'],
};

/** `docker rmi [-f] IMAGE…`: untag; delete the image and its unshared layers once no tag and no container need it. */
export function dockerRmi(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'rmi', argv, RMI_SPEC);
  if (typeof p === 'number') return p;
  if (!p.args.length) return needArgs(ctx, 'rmi', 'rmi [OPTIONS] IMAGE [IMAGE...]');
  const state = ctx.sim.state;
  let code = 0;
  for (const key of p.args) {
    const img = findImage(state, key);
    if (!img) {
      ctx.err(`Error response from daemon: No such image: ${normalizeRef(key)}\n`);
      code = 1;
      continue;
    }
    const byId = !img.tags.includes(normalizeRef(key));
    const users = state.containers.filter((c) => c.imageId === img.id);
    const running = users.find((c) => c.status === 'running');
    const refs = byId ? [...img.tags] : [normalizeRef(key)];
    if (byId && img.tags.length > 1 && !p.opts.f) {
      ctx.err(
        `Error response from daemon: conflict: unable to delete ${short(img.id)} (must be forced) - image is referenced in multiple repositories\n`,
      );
      code = 1;
      continue;
    }
    const lastRef = img.tags.length <= refs.length;
    if (lastRef && users.length > 0) {
      if (running && (p.opts.f || byId)) {
        ctx.err(
          `Error response from daemon: conflict: unable to delete ${short(img.id)} (cannot be forced) - image is being used by running container ${short(running.id)}\n`,
        );
        code = 1;
        continue;
      }
      if (!p.opts.f) {
        ctx.err(
          byId
            ? `Error response from daemon: conflict: unable to delete ${short(img.id)} (must be forced) - image is being used by stopped container ${short((users[0] ?? running)?.id ?? '')}\n`
            : `Error response from daemon: conflict: unable to remove repository reference "${key}" (must force) - container ${short(users[0]?.id ?? '')} is using its referenced image ${short(img.id)}\n`,
        );
        code = 1;
        continue;
      }
    }
    if (refs.length === 0) {
      // a dangling image, removed by id
      const res = untag(state, img, '');
      ctx.out([img.id, ...res.deletedLayers].map((d) => `Deleted: sha256:${d}\n`).join(''));
    }
    for (const ref of refs) {
      const reg = findInRegistry(ref);
      ctx.out(`Untagged: ${ref}\n`);
      if (img.tags.length === 1 && reg) ctx.out(`Untagged: ${img.repo}@sha256:${manifestDigestOf(reg)}\n`);
      if (users.length > 0 && img.tags.length === 1) {
        img.tags = [];
        continue;
      } // forced: stays as a dangling <none> image
      const res = untag(state, img, ref);
      if (res.deletedImage) ctx.out([img.id, ...res.deletedLayers].map((d) => `Deleted: sha256:${d}\n`).join(''));
    }
  }
  return code;
}
