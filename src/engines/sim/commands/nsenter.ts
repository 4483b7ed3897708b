/**
 * util-linux nsenter(1): runs a program (default: $SHELL) in the namespaces of process `-t PID`.
 * Into a container's mount or PID namespace it is the container's own world (its image's programs:
 * `/bin/bash` is missing from alpine); into only its network or UTS namespace the host's programs
 * see that network or name. Into a namespace made by unshare it joins that shell's world.
 */
import { spawnInContainer } from '../model/containers';
import type { Container, NsKind, NsSet, Proc } from '../model/types';
import { containerFrame } from '../shell/frames';
import { hasTool } from '../shell/toolset';
import type { Command, Ctx } from '../shell/types';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { currentNs, runInPlace } from './ns-run';
import { parseOpts, type OptSpec } from './opts';

const SPEC: OptSpec = {
  flags: {
    '-a': 'all', '--all': 'all', '-m': 'mnt', '--mount': 'mnt', '-u': 'uts', '--uts': 'uts', '-i': 'ipc',
    '--ipc': 'ipc', '-n': 'net', '--net': 'net', '-p': 'pid', '--pid': 'pid', '-C': 'cgroup', '--cgroup': 'cgroup',
    '-U': 'user', '--user': 'user',
  },
  values: { '-t': 't', '--target': 't' },
  unsimulated: [
    '-T', '--time', '-S', '--setuid', '-G', '--setgid', '--preserve-credentials', '-r', '--root', '-w', '--wd',
    '-W', '--wdns', '-e', '--env', '-F', '--no-fork', '-Z', '--follow-context', '-c', '--join-cgroup',
    '--user-parent', '--keep-caps', '-h', '--help', '-V', '--version',
  ],
  stopAtPositional: true,
}; // prettier-ignore

/** The order nsenter opens namespaces in (util-linux `namespace_files[]`), and so names the first failure. */
const ORDER: NsKind[] = ['user', 'cgroup', 'ipc', 'uts', 'net', 'pid', 'mnt'];

/** `nsenter -t PID [-a | -m -u -i -n -p -C -U] [PROGRAM [ARG]...]`. */
export function createNsenter(find: (name: string) => Command | undefined): Command {
  return {
    name: 'nsenter',
    usage: 'nsenter -t PID [-a | -m -u -i -n -p -C -U] [PROGRAM [ARG]...]',
    summary: "run a program in another process's namespaces",
    surface: surfaceOf(SPEC),
    run(argv, ctx) {
      const persistent = argv.slice(1).find((a) => /^--(mount|uts|ipc|net|pid|cgroup|user|time)=/.test(a));
      if (persistent) return notSimulated(ctx, `nsenter ${persistent.split('=')[0]}=FILE`);
      const p = parseOpts(argv.slice(1), SPEC);
      const bad = optionError(ctx, 'nsenter', p);
      if (bad !== null) return bad;
      const o = p.opts;
      const kinds = ORDER.filter((k) => o[k] === true || (o.all === true && k !== 'user'));
      const first = kinds[0];
      if (o.t === undefined) {
        if (first === undefined) return notSimulated(ctx, 'nsenter without -t (running PROGRAM where it is)');
        ctx.err(`nsenter: neither filename nor target pid supplied for ns/${first}\n`);
        return 1;
      }
      if (first === undefined) return notSimulated(ctx, 'nsenter -t PID without a namespace option');
      if (ctx.frame.env.kind !== 'host') return notSimulated(ctx, 'nsenter (inside a container or a guest)');
      const target = ctx.sim.state.procs.find((x) => String(x.pid) === o.t);
      if (!/^\d+$/.test(String(o.t))) {
        ctx.err(`nsenter: failed to parse pid: '${o.t}'\n`);
        return 1;
      }
      if (!target) {
        ctx.err(`nsenter: cannot open /proc/${o.t}/ns/${first}: No such file or directory\n`);
        return 1;
      }
      const denied = refusal(ctx, target, kinds, o.user === true);
      if (denied) {
        ctx.err(`${denied}\n`);
        return 1;
      }
      const c = target.container ? ctx.sim.state.containers.find((x) => x.id === target.container) : undefined;
      if (c && (kinds.includes('mnt') || kinds.includes('pid'))) return enterContainer(ctx, c, p.args);
      const ns: NsSet = { ...currentNs(ctx) };
      for (const k of kinds) ns[k] = target.ns[k];
      const host = ctx.sim.state.hostNs;
      const env = ctx.frame.env.kind === 'host' ? ctx.frame.env : { kind: 'host' as const };
      const user = ns.user !== host.user;
      const owned = user ? (Object.keys(ns) as NsKind[]).filter((k) => k !== 'user' && ns[k] !== host[k]) : undefined;
      return runInPlace(ctx, { ...env, ns, ...(user ? { mapUid: target.uid, owned } : {}) }, p.args, {
        tool: 'nsenter',
        find,
        uid: user ? 0 : ctx.uid,
        keepParent: kinds.includes('pid'),
      });
    },
  };
}

/** Why the kernel refuses (null when it does not): other users' links cannot be opened; setns needs CAP_SYS_ADMIN. */
function refusal(ctx: Ctx, target: Proc, kinds: NsKind[], user: boolean): string | null {
  if (ctx.uid === 0) return null;
  const first = kinds[0] as NsKind;
  if (target.uid !== ctx.uid) return `nsenter: cannot open /proc/${target.pid}/ns/${first}: Permission denied`;
  return user ? null : `nsenter: reassociate to namespace 'ns/${first}' failed: Operation not permitted`;
}

/** Into a container's mount (or PID) namespace: a process of the container runs the image's program. */
function enterContainer(ctx: Ctx, c: Container, args: string[]): number {
  const prog = args.length ? args : ['/bin/bash'];
  const path = prog[0] as string;
  const env = { kind: 'container' as const, id: c.id };
  const comm = path.slice(path.lastIndexOf('/') + 1);
  if (!hasTool(ctx.sim, env, comm)) {
    ctx.err(`nsenter: failed to execute ${path}: No such file or directory\n`);
    return 127;
  }
  const proc = spawnInContainer(ctx.sim.state, c, prog, ctx.selfProc?.pid ?? ctx.frame.shellHostPid);
  const frame = containerFrame(c, proc, comm === 'bash' ? 'bash' : 'sh');
  const { code, kept } = ctx.exec(prog, { frame, proc, background: ctx.background, interactive: ctx.interactive });
  if (!kept) ctx.sim.state.procs = ctx.sim.state.procs.filter((x) => x !== proc);
  return code;
}
