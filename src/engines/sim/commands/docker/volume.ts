/** `docker volume ls|create|inspect|rm|prune`: named volumes of the local driver (model/volumes.ts). */
import type { SimState } from '../../model/types';
import { ensureVolume, removeVolume, volumeDir, volumeUsers } from '../../model/volumes';
import { table } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import { HINT, notSimulated } from '../honesty';
import type { OptSpec } from '../opts';
import { dockerOpts } from './common';
import { renderFormat } from './inspect';
import { inspectVolume } from './inspect-net';
import { argCount } from './port';

const daemon = (ctx: Ctx, msg: string) => {
  ctx.err(`Error response from daemon: ${msg}\n`);
  return 1;
};
const find = (state: SimState, name: string) => state.volumes.find((v) => v.name === name);

export const VOL_LS_SPEC: OptSpec = {
  flags: { '-q': 'q', '--quiet': 'q' },
  unsimulated: ['-f', '--filter', '--format', '--cluster'],
};
/** `docker volume ls [-q]`. */
export function volumeLs(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'volume ls', argv, VOL_LS_SPEC);
  if (typeof p === 'number') return p;
  if (p.args.length) return argCount(ctx, 'volume ls', 'no arguments', 'volume ls [OPTIONS]', 'List volumes');
  const vols = [...ctx.sim.state.volumes].sort((a, b) => a.name.localeCompare(b.name));
  if (p.opts.q) ctx.out(vols.map((v) => `${v.name}\n`).join(''));
  else ctx.out(table([['DRIVER', 'VOLUME NAME'], ...vols.map((v) => ['local', v.name])], 4));
  return 0;
}

export const VOL_CREATE_SPEC: OptSpec = {
  values: { '-d': 'driver', '--driver': 'driver', '--name': 'name' },
  unsimulated: ['--label', '-o', '--opt', '--availability', '--group', '--limit-bytes', '--required-bytes',
    '--scope', '--secret', '--sharing', '--topology-preferred', '--topology-required', '--type'], // prettier-ignore
};
/** `docker volume create [NAME]`: prints the name (a random one without); an existing name is reused. */
export function volumeCreate(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'volume create', argv, VOL_CREATE_SPEC);
  if (typeof p === 'number') return p;
  if (p.args.length > 1)
    return argCount(ctx, 'volume create', 'at most 1 argument', 'volume create [OPTIONS] [VOLUME]', 'Create a volume');
  const driver = String(p.opts.driver ?? 'local');
  if (driver !== 'local')
    return daemon(
      ctx,
      `create ${p.args[0] ?? ''}: error looking up volume plugin ${driver}: plugin "${driver}" not found`,
    );
  const given = p.args[0] ?? (typeof p.opts.name === 'string' ? p.opts.name : undefined);
  if (given !== undefined && !/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(given))
    return daemon(
      ctx,
      `create ${given}: "${given}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
    );
  const v = ensureVolume(ctx.sim.state, given ?? ctx.sim.rng.hex(64), given === undefined);
  ctx.out(`${v.name}\n`);
  return 0;
}

export const VOL_INSPECT_SPEC: OptSpec = { values: { '-f': 'format', '--format': 'format' } };
/** `docker volume inspect [-f FORMAT] VOLUME…`. */
export function volumeInspect(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'volume inspect', argv, VOL_INSPECT_SPEC);
  if (typeof p === 'number') return p;
  if (!p.args.length)
    return argCount(
      ctx,
      'volume inspect',
      'at least 1 argument',
      'volume inspect [OPTIONS] VOLUME [VOLUME...]',
      'Display detailed information on one or more volumes',
    );
  const found: Array<Record<string, unknown>> = [];
  let code = 0;
  for (const name of p.args) {
    const v = find(ctx.sim.state, name);
    if (v) found.push(inspectVolume(ctx.sim.state, v));
    else code = daemon(ctx, `get ${name}: no such volume`);
  }
  const fmt = p.opts.format;
  if (typeof fmt === 'string') ctx.out(found.map((o) => `${renderFormat(fmt, o)}\n`).join(''));
  else ctx.out(`${JSON.stringify(found, null, 4)}\n`);
  return code;
}

export const VOL_RM_SPEC: OptSpec = { flags: { '-f': 'f', '--force': 'f' } };
/** `docker volume rm VOLUME…`: a volume any container (even a stopped one) uses cannot be removed. */
export function volumeRm(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'volume rm', argv, VOL_RM_SPEC);
  if (typeof p === 'number') return p;
  if (!p.args.length)
    return argCount(
      ctx,
      'volume rm',
      'at least 1 argument',
      'volume rm [OPTIONS] VOLUME [VOLUME...]',
      'Remove one or more volumes',
    );
  const state = ctx.sim.state;
  let code = 0;
  for (const name of p.args) {
    if (!find(state, name)) {
      if (!p.opts.f) code = daemon(ctx, `get ${name}: no such volume`);
      continue;
    }
    const users = volumeUsers(state, name);
    if (users.length) {
      code = daemon(ctx, `remove ${name}: volume is in use - [${users.map((c) => c.id).join(', ')}]`);
      continue;
    }
    removeVolume(state, name);
    ctx.out(`${name}\n`);
  }
  return code;
}

export const VOL_PRUNE_SPEC: OptSpec = {
  flags: { '-f': 'f', '--force': 'f', '-a': 'a', '--all': 'a' },
  unsimulated: ['--filter'],
};
/** `docker volume prune -f [-a]`: unused anonymous volumes (all unused ones with -a), as Docker 23+ does. */
export function volumePrune(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'volume prune', argv, VOL_PRUNE_SPEC);
  if (typeof p === 'number') return p;
  if (!p.opts.f) return notSimulated(ctx, 'docker volume prune without -f (its y/N prompt)', HINT.docker);
  const state = ctx.sim.state;
  const gone = state.volumes.filter((v) => (p.opts.a || v.anonymous) && !volumeUsers(state, v.name).length);
  const bytes = gone.reduce((sum, v) => {
    const dir = `${volumeDir(v.name)}/`;
    return sum + [...state.hostFiles].filter(([k]) => k.startsWith(dir)).reduce((s, [, t]) => s + t.length, 0);
  }, 0);
  for (const v of gone) removeVolume(state, v.name);
  ctx.out(
    `${gone.length ? `Deleted Volumes:\n${gone.map((v) => `${v.name}\n`).join('')}\n` : ''}Total reclaimed space: ${bytes}B\n`,
  );
  return 0;
}
