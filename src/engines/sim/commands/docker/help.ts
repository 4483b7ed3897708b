/** `docker SUB --help`: the real usage line and summary, then the options this course models. */
import type { Ctx } from '../../shell/types';
import type { OptSpec } from '../opts';
import { own } from '../../own';

/** Usage line and summary of each modelled subcommand, as the docker CLI prints them. */
const USAGE: Record<string, [string, string]> = {
  run: ['run [OPTIONS] IMAGE [COMMAND] [ARG...]', 'Create and run a new container from an image'],
  exec: ['exec [OPTIONS] CONTAINER COMMAND [ARG...]', 'Execute a command in a running container'],
  ps: ['ps [OPTIONS]', 'List containers'],
  images: ['images [OPTIONS] [REPOSITORY[:TAG]]', 'List images'],
  pull: ['pull [OPTIONS] NAME[:TAG|@DIGEST]', 'Download an image from a registry'],
  history: ['history [OPTIONS] IMAGE', 'Show the history of an image'],
  inspect: ['inspect [OPTIONS] NAME|ID [NAME|ID...]', 'Return low-level information on Docker objects'],
  'image inspect': ['image inspect [OPTIONS] IMAGE [IMAGE...]', 'Display detailed information on one or more images'],
  'container inspect': [
    'container inspect [OPTIONS] CONTAINER [CONTAINER...]',
    'Display detailed information on one or more containers',
  ],
  stop: ['stop [OPTIONS] CONTAINER [CONTAINER...]', 'Stop one or more running containers'],
  start: ['start [OPTIONS] CONTAINER [CONTAINER...]', 'Start one or more stopped containers'],
  kill: ['kill [OPTIONS] CONTAINER [CONTAINER...]', 'Kill one or more running containers'],
  rm: ['rm [OPTIONS] CONTAINER [CONTAINER...]', 'Remove one or more containers'],
  rmi: ['rmi [OPTIONS] IMAGE [IMAGE...]', 'Remove one or more images'],
  logs: ['logs [OPTIONS] CONTAINER', 'Fetch the logs of a container'],
  stats: ['stats [OPTIONS] [CONTAINER...]', 'Display a live stream of container(s) resource usage statistics'],
  version: ['version [OPTIONS]', 'Show the Docker version information'],
  info: ['info [OPTIONS]', 'Display system-wide information'],
  port: ['port CONTAINER [PRIVATE_PORT[/PROTO]]', 'List port mappings or a specific mapping for the container'],
  'network ls': ['network ls [OPTIONS]', 'List networks'],
  'network create': ['network create [OPTIONS] NETWORK', 'Create a network'],
  'network inspect': [
    'network inspect [OPTIONS] NETWORK [NETWORK...]',
    'Display detailed information on one or more networks',
  ],
  'network rm': ['network rm NETWORK [NETWORK...]', 'Remove one or more networks'],
  'network connect': ['network connect [OPTIONS] NETWORK CONTAINER', 'Connect a container to a network'],
  'network disconnect': ['network disconnect [OPTIONS] NETWORK CONTAINER', 'Disconnect a container from a network'],
  'network prune': ['network prune [OPTIONS]', 'Remove all unused networks'],
  'volume ls': ['volume ls [OPTIONS]', 'List volumes'],
  'volume create': ['volume create [OPTIONS] [VOLUME]', 'Create a volume'],
  'volume inspect': [
    'volume inspect [OPTIONS] VOLUME [VOLUME...]',
    'Display detailed information on one or more volumes',
  ],
  'volume rm': ['volume rm [OPTIONS] VOLUME [VOLUME...]', 'Remove one or more volumes'],
  'volume prune': ['volume prune [OPTIONS]', 'Remove unused local volumes'],
};

/** Prints `Usage:  docker …`, the summary, and the options modelled here (each with its aliases). */
export function printHelp(ctx: Ctx, sub: string, spec: OptSpec): number {
  const [usage, summary] = own(USAGE, sub) ?? [`${sub} [OPTIONS]`, ''];
  const byKey = new Map<string, string[]>();
  for (const [name, key] of [...Object.entries(spec.flags ?? {}), ...Object.entries(spec.values ?? {})])
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
  const lines = [...byKey.values()].map((names) => `  ${names.join(', ')}`);
  ctx.out(
    `\nUsage:  docker ${usage}\n\n${summary}\n\nOptions modelled by this course (the real docker ${sub} has more):\n${lines.join('\n')}\n`,
  );
  return 0;
}
