import { findContainer } from '../../model/containers';
import { findImage, imageDiskBytes, manifestDigestOf } from '../../model/images';
import { findInRegistry } from '../../model/catalog';
import { digestOf } from '../../rng';
import type { Container, Image, SimState } from '../../model/types';
import { isoAt } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import { HINT, notSimulated } from '../honesty';
import type { OptSpec } from '../opts';
import { dockerOpts, needArgs } from './common';
import { pidsOf } from './pids';
import { inspectNetwork, inspectVolume, mountsOf, networkSettingsOf, portBindingsOf } from './inspect-net';
import { findNetwork } from '../../model/networks';
import { own } from '../../own';

/** The PATH every modelled image sets. */
const IMAGE_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The parts of `docker inspect CONTAINER` the course uses, with Docker's field names. */
export function inspectContainer(state: SimState, c: Container): Record<string, unknown> {
  const binds = c.config.mounts
    .filter((m) => m.via === '-v' && m.source)
    .map((m) => `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`);
  const entry = state.images.get(c.imageId)?.entrypoint;
  const at = (ms: number) => (ms || c.status !== 'created' ? isoAt(state.epochMs, ms) : '0001-01-01T00:00:00Z');
  return {
    Id: c.id,
    Created: at(c.createdMs),
    Path: c.cmd[0] ?? '',
    // Path and Args are the whole argv (ENTRYPOINT + CMD); Config keeps the two apart.
    Args: c.cmd.slice(1),
    State: {
      Status: c.status,
      Running: c.status === 'running',
      Paused: false,
      Restarting: false,
      OOMKilled: c.oomKilled,
      Dead: false,
      Pid: c.status === 'running' ? (pidsOf(state, c)[0] ?? 0) : 0,
      ExitCode: c.exitCode,
      Error: '',
      StartedAt: at(c.startedMs),
      FinishedAt: c.status === 'exited' ? at(c.finishedMs) : '0001-01-01T00:00:00Z',
    },
    Image: `sha256:${c.imageId}`,
    Name: `/${c.name}`,
    HostConfig: {
      Memory: c.config.memoryBytes,
      NanoCpus: c.config.nanoCpus,
      PidsLimit: c.config.pidsLimit || null,
      NetworkMode: c.config.network,
      Binds: binds.length ? binds : null,
      PortBindings: portBindingsOf(c),
      ReadonlyRootfs: c.config.readOnly,
      Privileged: c.config.privileged,
      CapAdd: c.config.capAdd.length ? c.config.capAdd : null,
      CapDrop: c.config.capDrop.length ? c.config.capDrop : null,
      SecurityOpt: [
        ...(c.config.seccomp ? [] : ['seccomp=unconfined']),
        ...(c.config.noNewPrivileges ? ['no-new-privileges'] : []),
      ],
      AutoRemove: c.config.autoRemove,
      CgroupnsMode: 'private',
      // HostConfig.Init is a *bool with omitempty: present only when --init was given.
      ...(c.config.init ? { Init: true } : {}),
    },
    Config: {
      Hostname: c.hostname,
      Tty: c.config.tty,
      OpenStdin: c.config.interactive,
      // The daemon lists the -e variables first, then the image's (PATH) unless overridden.
      Env: [...c.config.env, ...(c.config.env.some((e) => e.startsWith('PATH=')) ? [] : [IMAGE_PATH])],
      Cmd: entry && c.cmd[0] === entry[0] ? c.cmd.slice(entry.length) : c.cmd,
      ...(entry && c.cmd[0] === entry[0] ? { Entrypoint: entry } : { Entrypoint: null }),
      Image: c.imageRef,
      WorkingDir: c.config.workdir,
      User: c.config.user,
    },
    Mounts: mountsOf(c),
    NetworkSettings: networkSettingsOf(state, c),
  };
}

/** The parts of `docker image inspect` the course uses. */
export function inspectImage(state: SimState, img: Image): Record<string, unknown> {
  const reg = img.tags[0] ? findInRegistry(img.tags[0]) : undefined;
  return {
    Id: `sha256:${img.id}`,
    RepoTags: img.tags,
    RepoDigests: reg ? [`${img.repo}@sha256:${manifestDigestOf(reg)}`] : [],
    Created: isoAt(img.createdMs, 0),
    Architecture: 'amd64',
    Os: 'linux',
    Size: imageDiskBytes(state, img),
    Config: {
      ...(img.user ? { User: img.user } : {}),
      ...(img.exposed ? { ExposedPorts: Object.fromEntries(img.exposed.map((p) => [p, {}])) } : {}),
      Env: img.env ?? [IMAGE_PATH],
      ...(img.entrypoint ? { Entrypoint: img.entrypoint } : {}),
      Cmd: img.cmd,
      ...(img.workdir ? { WorkingDir: img.workdir } : {}),
      ...(img.labels ? { Labels: img.labels } : {}),
    },
    // diff_ids: digests of the UNcompressed layer tars, so they differ from the blob digests a pull prints.
    RootFS: { Type: 'layers', Layers: img.layers.map((d) => `sha256:${digestOf(`diff:${d}`)}`) },
  };
}

/** A value as Go's text/template prints it: `[a b]` for slices, `map[k:v]` for maps (keys sorted), `{}` for an empty struct. */
function goValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  if (typeof v !== 'object') return String(v);
  const entries = Object.entries(v as object).sort(([a], [b]) => (a < b ? -1 : 1));
  if (!entries.length) return '{}';
  return `map[${entries.map(([k, x]) => `${k}:${goValue(x)}`).join(' ')}]`;
}

/**
 * The image config's fields that the JSON leaves out when empty (OCI ImageConfig `omitempty`) but that the CLI's
 * template still finds, since it runs on the typed struct first (docker/cli cli/command/inspect/inspector.go):
 * an empty string prints as an empty line, a nil slice as `[]`, a nil map as `map[]`, not `<no value>`.
 */
export const IMAGE_CONFIG_ZERO: Record<string, unknown> = {
  'Config.User': '',
  'Config.WorkingDir': '',
  'Config.StopSignal': '',
  'Config.Entrypoint': [],
  'Config.Cmd': [],
  'Config.Env': [],
  'Config.Labels': {},
  'Config.ExposedPorts': {},
  'Config.Volumes': {},
};

/** Go-template subset: `{{.A.B}}` and `{{json .A}}`, enough for `-f '{{.State.OOMKilled}}'`. */
export function renderFormat(tpl: string, obj: Record<string, unknown>, zero: Record<string, unknown> = {}): string {
  return tpl.replace(/\{\{\s*(json\s+)?\.([\w.]*)\s*\}\}/g, (_m, json: string | undefined, path: string) => {
    let v: unknown = obj;
    for (const k of path.split('.').filter(Boolean))
      v = v && typeof v === 'object' ? own(v as Record<string, unknown>, k) : undefined;
    if (v === undefined) v = own(zero, path);
    if (json) return JSON.stringify(v ?? null);
    if (v === undefined) return '<no value>';
    if (v === null) return '<nil>';
    return goValue(v);
  });
}

/** `docker inspect`'s flags. */
export const INSPECT_SPEC: OptSpec = {
  values: { '-f': 'format', '--format': 'format', '--type': 'type' },
  unsimulated: ['-s', '--size'],
};
/** Object types `--type` accepts; containers and images are modelled. */
const TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];

/** `docker inspect [-f FORMAT] [--type T] NAME|ID…` (containers first, then images), `docker image|container inspect`. */
export function dockerInspect(argv: string[], ctx: Ctx, only?: 'image' | 'container'): number {
  const sub = only ? `${only} inspect` : 'inspect';
  const p = dockerOpts(ctx, sub, argv, INSPECT_SPEC);
  if (typeof p === 'number') return p;
  const type = only ?? (typeof p.opts.type === 'string' ? p.opts.type : '');
  if (type && !TYPES.includes(type)) {
    ctx.err(`"${type}" is not a valid value for --type\n`);
    return 1;
  }
  if (type && !['image', 'container', 'network', 'volume'].includes(type))
    return notSimulated(ctx, `docker inspect --type ${type}`, HINT.docker);
  const what = only === 'image' ? 'IMAGE' : only === 'container' ? 'CONTAINER' : 'NAME|ID';
  if (!p.args.length) return needArgs(ctx, sub, `${sub} [OPTIONS] ${what} [${what}...]`);
  const state = ctx.sim.state;
  const found: Array<Record<string, unknown>> = [];
  let code = 0;
  for (const key of p.args) {
    const c = !type || type === 'container' ? findContainer(state, key) : undefined;
    const img = c || (type && type !== 'image') ? undefined : findImage(state, key);
    // Then networks and volumes, as the CLI tries each object type in turn.
    const net = c || img || (type && type !== 'network') ? undefined : findNetwork(state, key);
    const vol = c || img || net || (type && type !== 'volume') ? undefined : state.volumes.find((v) => v.name === key);
    if (c) found.push(inspectContainer(state, c));
    else if (img) found.push(inspectImage(state, img));
    else if (net) found.push(inspectNetwork(state, net));
    else if (vol) found.push(inspectVolume(state, vol));
    else {
      ctx.err(
        type === 'image'
          ? `Error response from daemon: No such image: ${key}\n`
          : `Error: No such ${type || 'object'}: ${key}\n`,
      );
      code = 1;
    }
  }
  const fmt = p.opts.format;
  if (typeof fmt === 'string')
    ctx.out(found.map((o) => `${renderFormat(fmt, o, 'RootFS' in o ? IMAGE_CONFIG_ZERO : {})}\n`).join(''));
  else if (found.length || code === 0) ctx.out(`${JSON.stringify(found, null, 4)}\n`);
  return code;
}
