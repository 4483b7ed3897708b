/** The docker CLI: looks the subcommand up in a map, as the real CLI's cobra tree does. */
import type { Sim } from '../model/types';
import type { Command, Ctx } from '../shell/types';
import { dockerExec } from './docker/exec';
import { dockerHistory } from './docker/history';
import { dockerImages } from './docker/images';
import { dockerInspect } from './docker/inspect';
import { dockerKill, dockerRm, dockerStart, dockerStop } from './docker/lifecycle';
import { dockerLogs, dockerStats } from './docker/logs-stats';
import { dockerPs } from './docker/ps';
import { dockerPull } from './docker/pull';
import { dockerRmi } from './docker/rmi';
import { dockerRun } from './docker/run';
import { dockerInfo, dockerVersion } from './docker/version';

type Sub = (argv: string[], ctx: Ctx) => number;

/** `docker SUB` and the `docker image|container SUB` management forms. */
const SUBCOMMANDS = new Map<string, Sub>([
  ['run', dockerRun],
  ['ps', dockerPs],
  ['images', dockerImages],
  ['pull', dockerPull],
  ['history', dockerHistory],
  ['inspect', (a, c) => dockerInspect(a, c)],
  ['exec', dockerExec],
  ['stop', dockerStop],
  ['start', dockerStart],
  ['kill', dockerKill],
  ['rm', dockerRm],
  ['rmi', dockerRmi],
  ['logs', dockerLogs],
  ['stats', dockerStats],
  ['version', dockerVersion],
  ['info', dockerInfo],
]);
const IMAGE_SUBS = new Map<string, Sub>([
  ['ls', dockerImages],
  ['pull', dockerPull],
  ['rm', dockerRmi],
  ['history', dockerHistory],
  ['inspect', (a, c) => dockerInspect(a, c, 'image')],
]);
const CONTAINER_SUBS = new Map<string, Sub>([
  ['ls', dockerPs],
  ['run', dockerRun],
  ['rm', dockerRm],
  ['stop', dockerStop],
  ['start', dockerStart],
  ['kill', dockerKill],
  ['exec', dockerExec],
  ['inspect', (a, c) => dockerInspect(a, c)],
  ['logs', dockerLogs],
  ['stats', dockerStats],
]);

/** Flags offered after `docker run`. */
const RUN_FLAGS = [
  '-d',
  '-i',
  '-t',
  '-it',
  '--rm',
  '--name',
  '--hostname',
  '-m',
  '--memory',
  '--cpus',
  '--pids-limit',
  '--network',
  '--read-only',
  '--cap-add',
  '--cap-drop',
  '--privileged',
  '--security-opt',
];

/** Candidates for tab completion after `docker …`. */
function completeDocker(argv: string[], sim: Sim): string[] {
  const s = sim.state;
  const images = [...s.images.values()].flatMap((i) => i.tags);
  const names = s.containers.map((c) => c.name);
  const running = s.containers.filter((c) => c.status === 'running').map((c) => c.name);
  const sub = argv[1];
  if (argv.length === 1) return [...SUBCOMMANDS.keys(), 'image', 'container'];
  if (sub === 'image' && argv.length === 2) return [...IMAGE_SUBS.keys()];
  if (sub === 'container' && argv.length === 2) return [...CONTAINER_SUBS.keys()];
  switch (sub) {
    case 'run':
      return [...RUN_FLAGS, ...images, 'alpine:3.22', 'busybox', 'debian:13-slim', 'ubuntu:24.04', 'hello-world'];
    case 'pull':
      return ['alpine:3.22', 'busybox', 'debian:13-slim', 'ubuntu:24.04', 'hello-world', 'lab/myapp:1.0'];
    case 'rmi':
    case 'history':
      return images;
    case 'exec':
      return argv.length === 2 ? ['-it', ...running] : running.concat(['sh', 'bash']);
    case 'stop':
    case 'kill':
    case 'stats':
      return running;
    case 'rm':
    case 'start':
    case 'logs':
    case 'inspect':
      return names;
    case 'ps':
      return ['-a', '-q'];
    default:
      return [];
  }
}

/** Usage text for `docker`, `docker --help`. */
function usage(ctx: Ctx): number {
  ctx.out(
    `\nUsage:  docker [OPTIONS] COMMAND\n\nCommon Commands:\n${[...SUBCOMMANDS.keys()].map((k) => `  ${k}`).join('\n')}\n\nManagement Commands:\n  container   Manage containers\n  image       Manage images\n`,
  );
  return 0;
}

/** `docker …`: only on the host; inside a container there is no docker CLI (and no daemon socket). */
export const docker: Command = {
  name: 'docker',
  usage: 'docker COMMAND [OPTIONS]',
  summary: 'the Docker CLI (talks to dockerd)',
  completions: completeDocker,
  run(argv, ctx) {
    const sub = argv[1];
    if (sub === undefined || sub === '--help' || sub === 'help') return usage(ctx);
    if (sub === '-v' || sub === '--version') {
      ctx.out('Docker version 29.0.1, build eedd969\n');
      return 0;
    }
    if (sub === 'image' || sub === 'container') {
      const table = sub === 'image' ? IMAGE_SUBS : CONTAINER_SUBS;
      const fn = table.get(argv[2] ?? '');
      if (!fn) {
        ctx.err(
          `docker: unknown command: docker ${sub} ${argv[2] ?? ''}\n\nRun 'docker ${sub} --help' for more information\n`,
        );
        return 1;
      }
      return fn(argv.slice(3), ctx);
    }
    const fn = SUBCOMMANDS.get(sub);
    if (!fn) {
      ctx.err(
        sub.startsWith('-')
          ? `unknown flag: ${sub}\nSee 'docker --help'.\n`
          : `docker: unknown command: docker ${sub}\n\nRun 'docker --help' for more information\n`,
      );
      return sub.startsWith('-') ? 125 : 1;
    }
    return fn(argv.slice(2), ctx);
  },
};
