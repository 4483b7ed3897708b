/** Turns `docker run` flags into a ContainerConfig, with the daemon's validation messages. */
import { HOST } from '../../facts';
import { effectiveCaps, normalizeCap } from '../../model/caps';
import type { ContainerConfig, MountSpec, PortBinding } from '../../model/types';
import { parseSize } from '../../shell/format';
import type { OptSpec, Parsed } from '../opts';
import { parsePublish } from './run-publish';
import { parseMountFlag, parseTmpfsFlag, parseVolumeFlag, type MountError } from './run-mounts';
import { userProblem } from '../../model/container-user';

/** Flags of `docker run` we model; real ones we do not answer "not simulated"; others are typos. */
export const RUN_SPEC: OptSpec = {
  flags: {
    '-d': 'd',
    '--detach': 'd',
    '--rm': 'rm',
    '-i': 'i',
    '--interactive': 'i',
    '-t': 't',
    '--tty': 't',
    '--privileged': 'privileged',
    '--read-only': 'readOnly',
    '-P': 'publishAll',
    '--publish-all': 'publishAll',
    '--init': 'init',
  },
  values: {
    '--name': 'name',
    '-h': 'hostname',
    '--hostname': 'hostname',
    '-m': 'memory',
    '--memory': 'memory',
    '--cpus': 'cpus',
    '--pids-limit': 'pids',
    '--network': 'network',
    '--net': 'network',
    '--cap-add': 'capAdd',
    '--cap-drop': 'capDrop',
    '--security-opt': 'securityOpt',
    '-e': 'env',
    '--env': 'env',
    '-w': 'workdir',
    '--workdir': 'workdir',
    '-p': 'publish',
    '--publish': 'publish',
    '-v': 'volume',
    '--volume': 'volume',
    '--mount': 'mount',
    '--tmpfs': 'tmpfs',
    '-u': 'user',
    '--user': 'user',
    '--entrypoint': 'entrypoint',
  },
  unsimulated: [
    '--volumes-from',
    '--pid', '--env-file', '--restart', '--ipc', '--uts', '--userns',
    '--cgroupns', '--cgroup-parent', '--device', '--device-cgroup-rule', '--dns', '--dns-option', '--dns-search',
    '--add-host', '-l', '--label', '--label-file', '--expose', '--platform', '--pull', '--memory-swap',
    '--memory-reservation', '--memory-swappiness', '--kernel-memory', '--oom-kill-disable', '--oom-score-adj',
    '-c', '--cpu-shares', '--cpu-period', '--cpu-quota', '--cpuset-cpus', '--cpuset-mems', '--cpu-rt-period',
    '--cpu-rt-runtime', '--blkio-weight', '--blkio-weight-device', '--device-read-bps', '--device-write-bps',
    '--device-read-iops', '--device-write-iops', '--ulimit', '--shm-size', '--gpus', '--log-driver', '--log-opt',
    '--health-cmd', '--health-interval', '--health-retries', '--health-timeout', '--health-start-period',
    '--health-start-interval', '--no-healthcheck', '--stop-signal', '--stop-timeout', '--sig-proxy', '-a',
    '--attach', '--cidfile', '--link', '--link-local-ip', '--network-alias', '--ip', '--ip6', '--mac-address',
    '--runtime', '--sysctl', '--group-add', '--isolation', '--detach-keys', '--domainname', '--annotation',
    '--storage-opt', '--volume-driver', '--disable-content-trust', '--io-maxbandwidth', '--io-maxiops',
    '--use-api-socket', '--quiet', '-q',
  ],
  stopAtPositional: true,
}; // prettier-ignore

/** Docker's minimum memory limit ("Minimum memory limit allowed is 6MB"). */
const MIN_MEMORY = 6 * 1024 * 1024;

/** Builds the config or returns the error line (CLI-side errors start with `invalid argument`). */
export function buildConfig(
  p: Parsed,
  clientEnv: (name: string) => string | undefined,
): ContainerConfig | { cli: string } | { daemon: string } | { unsimulated: string } | { run: string } {
  const o = p.opts;
  const mem = o.memory === undefined ? 0 : parseSize(String(o.memory));
  if (Number.isNaN(mem))
    return { cli: `invalid argument "${o.memory}" for "-m, --memory" flag: invalid size: '${o.memory}'` };
  // Past int64 go-units' int64(size) wraps to its minimum, which the daemon's 6MB check then rejects.
  if ((mem > 0 && mem < MIN_MEMORY) || mem > 2 ** 63 - 1) return { daemon: 'Minimum memory limit allowed is 6MB.' };
  // --cpus is a big.Rat (decimal, exponent or a/b); "Infinity" or "NaN" is no rational number.
  const cpusText = o.cpus === undefined ? '0' : String(o.cpus);
  const cpus = /^\+?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cpusText) ? Number(cpusText) : NaN;
  if (Number.isNaN(cpus))
    return { cli: `invalid argument "${o.cpus}" for "--cpus" flag: failed to parse ${o.cpus} as a rational number` };
  if (cpus > HOST.cpus || (cpus > 0 && cpus < 0.01))
    return { daemon: `range of CPUs is from 0.01 to ${HOST.cpus}.00, as there are only ${HOST.cpus} CPUs available` };
  const pidsText = o.pids === undefined ? '0' : String(o.pids);
  const digits = /^[+-]?\d+$/.test(pidsText);
  const pids = Number(pidsText);
  if (!digits || BigInt.asIntN(64, BigInt(pidsText)) !== BigInt(pidsText))
    return {
      cli: `invalid argument "${o.pids}" for "--pids-limit" flag: strconv.ParseInt: parsing "${o.pids}": ${digits ? 'value out of range' : 'invalid syntax'}`,
    };
  const network = String(o.network ?? 'bridge');
  if (network.startsWith('container:')) return { unsimulated: 'docker run --network container:NAME' };
  const ports = publishedPorts(p);
  if (typeof ports === 'string') return { run: ports };
  const mounts = mountsOf(p);
  if (!Array.isArray(mounts)) return mounts;
  const add: string[] = [];
  const drop: string[] = [];
  for (const [list, into, label] of [
    [p.lists.capAdd ?? [], add, 'CapAdd'],
    [p.lists.capDrop ?? [], drop, 'CapDrop'],
  ] as const) {
    for (const raw of list.flatMap((x) => x.split(','))) {
      const cap = normalizeCap(raw);
      if (!cap)
        return {
          daemon: `invalid ${label}: unknown capability: "${raw.toUpperCase().startsWith('CAP_') ? raw.toUpperCase() : `CAP_${raw.toUpperCase()}`}"`,
        };
      into.push(cap);
    }
  }
  let seccomp = true;
  let nnp = false;
  for (const [i, opt] of (p.lists.securityOpt ?? []).entries()) {
    const [key, value] = opt.split(/[=:]/, 2);
    if (key === 'seccomp' && value === 'unconfined') seccomp = false;
    else if (key === 'no-new-privileges' && (value === undefined || value === 'true' || value === 'false'))
      nnp = value !== 'false';
    // A seccomp profile file, AppArmor and SELinux labels, unmasked /proc paths: real, not modelled.
    else if (['seccomp', 'apparmor', 'label', 'systempaths', 'writable-cgroups'].includes(key as string))
      return { unsimulated: `docker run --security-opt ${key}=${key === 'seccomp' ? 'PROFILE' : value}` };
    else return { daemon: `invalid --security-opt ${i + 1}: "${opt}"` };
  }
  const env: string[] = [];
  for (const e of p.lists.env ?? []) {
    const name = e.split('=')[0] as string;
    if (name === '') return { cli: `invalid argument "${e}" for "-e, --env" flag: invalid environment variable: ${e}` };
    // `-e NAME` passes the client's own value, or nothing when it has none.
    const own = e.includes('=') ? undefined : clientEnv(name);
    if (e.includes('=')) env.push(e);
    else if (own !== undefined) env.push(`${name}=${own}`);
  }
  const workdir = typeof o.workdir === 'string' ? o.workdir : '';
  if (workdir && !workdir.startsWith('/'))
    return { daemon: `the working directory '${workdir}' is invalid, it needs to be an absolute path` };
  const user = typeof o.user === 'string' ? o.user : '';
  const unknownUser = user ? userProblem(user) : null;
  if (unknownUser) return { daemon: unknownUser };
  const privileged = o.privileged === true;
  return {
    memoryBytes: mem,
    nanoCpus: Math.round(cpus * 1e9),
    pidsLimit: pids > 0 ? pids : 0,
    network: network === 'default' ? 'bridge' : network,
    ports,
    mounts,
    readOnly: o.readOnly === true,
    caps: effectiveCaps(add, drop, privileged),
    capAdd: add,
    capDrop: drop,
    privileged,
    seccomp: seccomp && !privileged,
    noNewPrivileges: nnp,
    autoRemove: o.rm === true,
    tty: o.t === true,
    interactive: o.i === true,
    env,
    workdir,
    user,
    init: o.init === true,
  };
}

/** Every `-p` binding (the CLI's own error text for a bad spec); `-P` is resolved later, from the image. */
function publishedPorts(p: Parsed): PortBinding[] | string {
  const out: PortBinding[] = [];
  for (const spec of p.lists.publish ?? []) {
    const b = parsePublish(spec);
    if (typeof b === 'string') return b;
    out.push(...b);
  }
  return out;
}

/** Every `-v`, `--mount` and `--tmpfs`, in that order; two on one target is the daemon's "Duplicate mount point". */
function mountsOf(p: Parsed): MountSpec[] | MountError {
  const out: MountSpec[] = [];
  const all = [
    ...(p.lists.volume ?? []).map(parseVolumeFlag),
    ...(p.lists.mount ?? []).map(parseMountFlag),
    ...(p.lists.tmpfs ?? []).map(parseTmpfsFlag),
  ];
  for (const m of all) {
    if (!('type' in m)) return m;
    if (out.some((x) => x.target === m.target)) return { daemon: `Duplicate mount point: ${m.target}` };
    out.push(m);
  }
  return out;
}
