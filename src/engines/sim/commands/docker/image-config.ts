/**
 * How the daemon turns an image's config into a container's (moby daemon/create.go `merge`): ENTRYPOINT and
 * CMD, ENV under the -e variables, WORKDIR unless -w, USER; and the `exec "$@"` entrypoint scripts of the
 * official images, which replace themselves with the command (so it, not the script, ends up PID 1).
 */
import type { ContainerConfig, Image } from '../../model/types';

/**
 * The process's argv. A non-empty `--entrypoint` drops the image's CMD (the daemon only falls back to the
 * image's CMD when no entrypoint was given); `--entrypoint ""` clears the image's ENTRYPOINT and keeps its CMD.
 */
export function commandLine(image: Image, args: string[], entrypoint: string | undefined): string[] {
  if (entrypoint) return [entrypoint, ...args];
  const cmd = args.length ? args : image.cmd;
  return [...(entrypoint === '' ? [] : (image.entrypoint ?? [])), ...cmd];
}

/** Entrypoint scripts of the offline registry's images that end in `exec "$@"`. */
const EXEC_WRAPPERS = new Set(['/docker-entrypoint.sh', 'docker-entrypoint.sh', '/usr/local/bin/docker-entrypoint.sh']);

/** The docker CLI's top-level commands (`docker help NAME` succeeds for these, Docker 29's `docker --help`). */
const DOCKER_CLI_COMMANDS = new Set('attach build builder buildx commit compose config container context cp create diff events exec export help history image images import info init inspect kill load login logout logs manifest network node pause plugin port ps pull push rename restart rm rmi run save search secret service stack start stats stop swarm system tag top trust unpause update version volume wait'.split(' ')); // prettier-ignore

/**
 * What finally runs as PID 1: the command after an `exec "$@"` entrypoint script, else argv itself. The
 * `docker` image's script first prefixes `docker` to an option or a docker subcommand (`docker:cli ps` runs
 * `docker ps`), as docker-library/docker's docker-entrypoint.sh does.
 */
export function execTarget(image: Image, argv: string[]): string[] {
  const first = argv[0] ?? '';
  if (!(argv.length > 1 && image.entrypoint?.[0] === first && EXEC_WRAPPERS.has(first))) return argv;
  const rest = argv.slice(1);
  const arg = rest[0] ?? '';
  const cliImage = image.repo === 'docker' && image.extraTools?.includes('docker');
  return cliImage && (arg.startsWith('-') || DOCKER_CLI_COMMANDS.has(arg)) ? ['docker', ...rest] : rest;
}

/** What nginx's /docker-entrypoint.sh prints before exec'ing nginx (docker-library/nginx entrypoint/). */
export function entrypointPreamble(image: Image, argv: string[]): string {
  if (image.entrypoint?.[0] !== '/docker-entrypoint.sh' || !['nginx', 'nginx-debug'].includes(argv[1] ?? '')) return '';
  const e = '/docker-entrypoint.sh';
  const d = '/docker-entrypoint.d';
  const conf = '/etc/nginx/conf.d/default.conf';
  return [
    `${e}: ${d}/ is not empty, will attempt to perform configuration`,
    `${e}: Looking for shell scripts in ${d}/`,
    `${e}: Launching ${d}/10-listen-on-ipv6-by-default.sh`,
    `10-listen-on-ipv6-by-default.sh: info: Getting the checksum of ${conf}`,
    `10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in ${conf}`,
    `${e}: Sourcing ${d}/15-local-resolvers.envsh`,
    `${e}: Launching ${d}/20-envsubst-on-templates.sh`,
    `${e}: Launching ${d}/30-tune-worker-processes.sh`,
    `${e}: Configuration complete; ready for start up`,
  ]
    .map((l) => `${l}\n`)
    .join('');
}

/** Accounts of Debian's and Alpine's base passwd files (base-passwd), by name. */
const BASE_USERS: Record<string, number> = { root: 0, daemon: 1, bin: 2, sys: 3, nobody: 65534 };

/** Resolves `USER name[:group]` or a numeric uid against the image's passwd; undefined when it has no such user. */
export function resolveUser(image: Image, spec: string): { uid: number; name: string } | undefined {
  const name = spec.split(':')[0] as string;
  if (/^\d+$/.test(name)) {
    const uid = Number(name);
    const known = Object.entries({ ...BASE_USERS, ...image.users }).find(([, u]) => u === uid);
    return { uid, name: known ? known[0] : name };
  }
  const uid = image.users?.[name] ?? BASE_USERS[name];
  return uid === undefined ? undefined : { uid, name };
}

/** Lays the image's ENV under the -e variables (which win) and its WORKDIR under -w. */
export function applyImageConfig(config: ContainerConfig, image: Image): void {
  const own = new Set(config.env.map((e) => e.split('=')[0]));
  config.env = [...config.env, ...(image.env ?? []).filter((e) => !own.has(e.split('=')[0]))];
  if (!config.workdir && image.workdir) config.workdir = image.workdir;
}
