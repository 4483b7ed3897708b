/**
 * The docker CLI's command tree, declared: subcommands the course models (each with its option spec),
 * and the real ones it does not (they answer "not simulated"). Anything else is a typo.
 */
import type { Surface } from '../../shell/types';
import type { Ctx } from '../../shell/types';
import { joinSurfaces, surfaceOf } from '../honesty';
import type { OptSpec } from '../opts';
import { BUILD_SPEC, dockerBuild } from './build';
import { dockerExec, EXEC_SPEC } from './exec';
import { dockerHistory, HISTORY_SPEC } from './history';
import { dockerImages, IMAGES_SPEC } from './images';
import { dockerInspect, INSPECT_SPEC } from './inspect';
import { dockerKill, dockerRm, dockerStart, dockerStop, KILL_SPEC, RM_SPEC, START_SPEC, STOP_SPEC } from './lifecycle';
import { dockerLogs, dockerStats, LOGS_SPEC, STATS_SPEC } from './logs-stats';
import { dockerPs, PS_SPEC } from './ps';
import { dockerPull, PULL_SPEC } from './pull';
import { dockerRmi, RMI_SPEC } from './rmi';
import { dockerRun } from './run';
import { dockerTop, TOP_SPEC } from './top';
import { RUN_SPEC } from './run-config';
import { dockerInfo, dockerVersion, VERSION_SPEC } from './version';
import { dockerPort, PORT_SPEC } from './port';
import * as net from './network';
import * as vol from './volume';

/** One modelled subcommand: what runs it and the options it declares. */
export interface DockerSub {
  run: (argv: string[], ctx: Ctx) => number;
  spec: OptSpec;
}

const sub = (run: DockerSub['run'], spec: OptSpec): DockerSub => ({ run, spec });
const run = sub(dockerRun, RUN_SPEC);
const ps = sub(dockerPs, PS_SPEC);
const images = sub(dockerImages, IMAGES_SPEC);
const pull = sub(dockerPull, PULL_SPEC);
const history = sub(dockerHistory, HISTORY_SPEC);
const exec = sub(dockerExec, EXEC_SPEC);
const stop = sub(dockerStop, STOP_SPEC);
const start = sub(dockerStart, START_SPEC);
const kill = sub(dockerKill, KILL_SPEC);
const rm = sub(dockerRm, RM_SPEC);
const rmi = sub(dockerRmi, RMI_SPEC);
const logs = sub(dockerLogs, LOGS_SPEC);
const stats = sub(dockerStats, STATS_SPEC);
const info = sub(dockerInfo, VERSION_SPEC);
const port = sub(dockerPort, PORT_SPEC);
const netLs = sub(net.networkLs, net.NET_LS_SPEC);
const netRm = sub(net.networkRm, net.NET_RM_SPEC);
const volLs = sub(vol.volumeLs, vol.VOL_LS_SPEC);
const volRm = sub(vol.volumeRm, vol.VOL_RM_SPEC);
const build = sub(dockerBuild, BUILD_SPEC);
const top = sub(dockerTop, TOP_SPEC);

/** `docker SUB`. */
export const SUBCOMMANDS = new Map<string, DockerSub>([
  ['run', run],
  ['build', build],
  ['top', top],
  ['ps', ps],
  ['images', images],
  ['pull', pull],
  ['history', history],
  ['inspect', sub((a, c) => dockerInspect(a, c), INSPECT_SPEC)],
  ['exec', exec],
  ['stop', stop],
  ['start', start],
  ['kill', kill],
  ['rm', rm],
  ['rmi', rmi],
  ['logs', logs],
  ['stats', stats],
  ['version', sub(dockerVersion, VERSION_SPEC)],
  ['info', info],
  ['port', port],
]);

/** Real top-level commands (and the buildx and compose plugins) the course does not model. */
export const UNSIMULATED_COMMANDS = [
  'attach', 'buildx', 'bake', 'commit', 'compose', 'cp', 'create', 'diff', 'events', 'export', 'import',
  'load', 'login', 'logout', 'pause', 'push', 'rename', 'restart', 'save', 'search', 'tag',
  'unpause', 'update', 'wait',
]; // prettier-ignore

/** Management commands: the subcommands modelled, and every real one. */
export const MANAGEMENT: Record<string, { summary: string; subs: Map<string, DockerSub>; real: string[] }> = {
  container: {
    summary: 'Manage containers',
    subs: new Map([
      ['ls', ps], ['list', ps], ['ps', ps], ['run', run], ['rm', rm], ['remove', rm], ['stop', stop],
      ['start', start], ['kill', kill], ['exec', exec], ['logs', logs], ['stats', stats], ['port', port],
      ['inspect', sub((a, c) => dockerInspect(a, c, 'container'), INSPECT_SPEC)], ['top', top],
    ]), // prettier-ignore
    real: ['attach', 'commit', 'cp', 'create', 'diff', 'export', 'pause', 'prune', 'rename', 'restart',
      'unpause', 'update', 'wait'], // prettier-ignore
  },
  image: {
    summary: 'Manage images',
    subs: new Map([
      ['ls', images], ['list', images], ['pull', pull], ['rm', rmi], ['remove', rmi], ['history', history], ['build', build],
      ['inspect', sub((a, c) => dockerInspect(a, c, 'image'), INSPECT_SPEC)],
    ]), // prettier-ignore
    real: ['import', 'load', 'prune', 'push', 'save', 'tag'],
  },
  system: { summary: 'Manage Docker', subs: new Map([['info', info]]), real: ['df', 'events', 'prune'] },
  network: {
    summary: 'Manage networks',
    subs: new Map([
      ['ls', netLs], ['list', netLs], ['rm', netRm], ['remove', netRm],
      ['create', sub(net.networkCreate, net.NET_CREATE_SPEC)],
      ['inspect', sub(net.networkInspect, net.NET_INSPECT_SPEC)],
      ['connect', sub(net.networkConnect, net.NET_CONNECT_SPEC)],
      ['disconnect', sub((a, c) => net.networkConnect(a, c, true), { flags: { '-f': 'f', '--force': 'f' } })],
      ['prune', sub(net.networkPrune, net.NET_PRUNE_SPEC)],
    ]),
    real: [],
  },
  volume: {
    summary: 'Manage volumes',
    subs: new Map([
      ['ls', volLs], ['list', volLs], ['rm', volRm], ['remove', volRm],
      ['create', sub(vol.volumeCreate, vol.VOL_CREATE_SPEC)],
      ['inspect', sub(vol.volumeInspect, vol.VOL_INSPECT_SPEC)],
      ['prune', sub(vol.volumePrune, vol.VOL_PRUNE_SPEC)],
    ]),
    real: ['update'],
  },
  builder: { summary: 'Manage builds', subs: new Map(), real: ['build', 'prune'] },
  context: { summary: 'Manage contexts', subs: new Map(), real: ['create', 'export', 'import', 'inspect', 'ls', 'rm', 'show', 'update', 'use'] },
  manifest: { summary: 'Manage Docker image manifests and manifest lists', subs: new Map(), real: ['annotate', 'create', 'inspect', 'push', 'rm'] },
  plugin: { summary: 'Manage plugins', subs: new Map(), real: ['create', 'disable', 'enable', 'inspect', 'install', 'ls', 'push', 'rm', 'set', 'upgrade'] },
  trust: { summary: 'Manage trust on Docker images', subs: new Map(), real: ['inspect', 'key', 'revoke', 'sign', 'signer'] },
  swarm: { summary: 'Manage Swarm', subs: new Map(), real: ['ca', 'init', 'join', 'join-token', 'leave', 'unlock', 'unlock-key', 'update'] },
  node: { summary: 'Manage Swarm nodes', subs: new Map(), real: ['demote', 'inspect', 'ls', 'promote', 'ps', 'rm', 'update'] },
  service: { summary: 'Manage Swarm services', subs: new Map(), real: ['create', 'inspect', 'logs', 'ls', 'ps', 'rm', 'rollback', 'scale', 'update'] },
  stack: { summary: 'Manage Swarm stacks', subs: new Map(), real: ['config', 'deploy', 'ls', 'ps', 'rm', 'services'] },
  secret: { summary: 'Manage Swarm secrets', subs: new Map(), real: ['create', 'inspect', 'ls', 'rm'] },
  config: { summary: 'Manage Swarm configs', subs: new Map(), real: ['create', 'inspect', 'ls', 'rm'] },
}; // prettier-ignore

/** Global options of the docker CLI (all about reaching a daemon, which here is always the local one). */
export const GLOBAL_UNSIMULATED = ['-D', '--debug', '-H', '--host', '-l', '--log-level', '--config', '-c', '--context',
  '--tls', '--tlscacert', '--tlscert', '--tlskey', '--tlsverify']; // prettier-ignore

/** One subcommand's probes. */
function subSurface(path: string, s: DockerSub): Surface {
  const o = surfaceOf(s.spec, path);
  // `stats` streams unless told not to; `prune` asks y/N unless forced: their probes say so.
  const tail = path.endsWith('stats') ? ' --no-stream' : path.endsWith('prune') ? ' -f' : '';
  if (!tail) return { supported: [path, ...o.supported], notSimulated: o.notSimulated };
  return { supported: [path, ...o.supported].map((x) => `${x}${tail}`), notSimulated: [path, ...o.notSimulated] };
}

/** Everything `docker` declares, for the test that walks it. */
export function dockerSurface(): Surface {
  return joinSurfaces(
    {
      supported: ['--help', '-v', '--version', 'help'],
      notSimulated: [...GLOBAL_UNSIMULATED, ...UNSIMULATED_COMMANDS],
    },
    ...[...SUBCOMMANDS].map(([name, s]) => subSurface(name, s)),
    ...Object.entries(MANAGEMENT).flatMap(([m, t]) => [
      {
        supported: t.subs.size ? [m] : [],
        notSimulated: [...(t.subs.size ? [] : [m]), ...t.real.map((r) => `${m} ${r}`)],
      },
      ...[...t.subs].map(([name, s]) => subSurface(`${m} ${name}`, s)),
    ]),
  );
}
