/**
 * util-linux unshare(1): runs a program (default: $SHELL) in new namespaces. Without a user namespace
 * it needs root (`unshare: unshare failed: Operation not permitted`); with `--user --map-root-user`
 * the learner is uid 0 inside, yet the host's files still see uid 1000. `--pid` takes `--fork` (the
 * child is PID 1) and `--mount-proc` mounts that namespace's proc on /proc, so `ps` shows only it.
 */
import { unshare as freshNs } from '../model/procs';
import type { HostPlace, NsKind, NsSet } from '../model/types';
import type { Command, Ctx } from '../shell/types';
import { viewOf } from '../shell/view';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';
import { currentNs, runInPlace } from './ns-run';

/** The options of unshare(1), util-linux 2.41. */
const SPEC: OptSpec = {
  flags: {
    '-m': 'mnt', '--mount': 'mnt', '-u': 'uts', '--uts': 'uts', '-i': 'ipc', '--ipc': 'ipc', '-n': 'net',
    '--net': 'net', '-p': 'pid', '--pid': 'pid', '-U': 'user', '--user': 'user', '-C': 'cgroup',
    '--cgroup': 'cgroup', '-f': 'fork', '--fork': 'fork', '--mount-proc': 'mountProc', '-r': 'mapRoot',
    '--map-root-user': 'mapRoot',
  },
  unsimulated: [
    '-T', '--time', '--kill-child', '-c', '--map-current-user', '--map-user', '--map-group', '--map-users',
    '--map-groups', '--map-auto', '--propagation', '--setgroups', '-R', '--root', '-w', '--wd', '-S', '--setuid',
    '-G', '--setgid', '--monotonic', '--boottime', '-l', '--load-interp', '--keep-caps', '-h', '--help', '-V',
    '--version',
  ],
  stopAtPositional: true,
}; // prettier-ignore

/** Namespace flags that take an optional `=FILE` (a persistent namespace bound to a file): not modelled. */
const PERSISTENT = ['--mount=', '--uts=', '--ipc=', '--net=', '--pid=', '--user=', '--cgroup=', '--time='];

/** `unshare [options] [program [arguments]]`; `find` says whether a program exists (no import cycle). */
export function createUnshare(find: (name: string) => Command | undefined): Command {
  return {
    name: 'unshare',
    usage: 'unshare [--pid --fork --mount-proc] [--uts] [--net] [--mount] [--ipc] [--user -r] [PROGRAM [ARG]...]',
    summary: 'run a program in new namespaces',
    surface: surfaceOf(SPEC),
    run(argv, ctx) {
      const firstOperand = argv.findIndex((a, i) => i > 0 && !a.startsWith('-'));
      const opts = argv.slice(1, firstOperand < 0 ? argv.length : firstOperand);
      const persistent = opts.find((a) => PERSISTENT.some((x) => a.startsWith(x)));
      if (persistent) return notSimulated(ctx, `unshare ${persistent.split('=')[0]}=FILE`);
      const mountProc = opts.find((a) => a.startsWith('--mount-proc='));
      if (mountProc && mountProc !== '--mount-proc=/proc') return notSimulated(ctx, 'unshare --mount-proc=DIR');
      const p = parseOpts(
        argv.slice(1).map((a) => (a === '--mount-proc=/proc' ? '--mount-proc' : a)),
        SPEC,
      );
      const bad = optionError(ctx, 'unshare', p);
      if (bad !== null) return bad;
      const o = p.opts;
      const user = o.user === true || o.mapRoot === true;
      const kinds = (['mnt', 'uts', 'ipc', 'net', 'pid', 'cgroup'] as NsKind[]).filter(
        (k) => o[k] === true || (k === 'mnt' && o.mountProc === true),
      );
      const run = { tool: 'unshare', find };
      if (kinds.length === 0 && !user) return runInPlace(ctx, ctx.frame.env, p.args, run);
      const c = ctx.frame.env.kind === 'container' ? viewOf(ctx.sim, ctx.frame.env).container : undefined;
      if (ctx.frame.env.kind === 'vm' || c?.config.caps.includes('SYS_ADMIN'))
        return notSimulated(ctx, 'unshare (in a guest or a container with CAP_SYS_ADMIN)');
      if (!mayUnshare(ctx, user)) {
        ctx.err('unshare: unshare failed: Operation not permitted\n');
        return 1;
      }
      // Without --fork the new PID namespace takes unshare's children, not the program: its first child is
      // PID 1, and once that exits the next fork fails (ENOMEM) — a real trap, left out here.
      if (o.pid && !o.fork)
        return notSimulated(ctx, 'unshare --pid without --fork', 'Add --fork (-f), as its man page advises.');
      const state = ctx.sim.state;
      const base = currentNs(ctx);
      const ns: NsSet = freshNs(state, base, user ? [...kinds, 'user'] : kinds);
      if (o.uts) state.utsNames.set(ns.uts, state.utsNames.get(base.uts) ?? state.hostname);
      if (o.mountProc) state.procMounts.set(ns.mnt, ns.pid);
      else if (o.mnt && state.procMounts.has(base.mnt))
        state.procMounts.set(ns.mnt, state.procMounts.get(base.mnt) as number);
      // unshare(2) moves the caller itself into every new namespace but PID, which only its children enter.
      if (o.fork && ctx.selfProc) {
        ctx.selfProc.ns = { ...ns, pid: ctx.selfProc.ns.pid };
        if (ns.pid !== base.pid) ctx.selfProc.pidForChildren = ns.pid;
      }
      const env = ctx.frame.env;
      const was: HostPlace = env.kind === 'host' ? env : {};
      const place: HostPlace = { ...was, ns };
      if (user) {
        // A new user namespace maps only what -r writes to uid_map (0 → the caller); others are 65534, "nobody".
        place.mapUid = o.mapRoot ? ctx.uid : undefined;
        place.owned = kinds;
      }
      const uid = user ? (o.mapRoot ? 0 : 65534) : ctx.uid;
      return runInPlace(ctx, { kind: 'host', ...place }, p.args, { ...run, uid, keepParent: o.fork === true });
    },
  };
}

/** unshare(2) needs CAP_SYS_ADMIN, except for a new user namespace (Debian allows it to every user). */
function mayUnshare(ctx: Ctx, user: boolean): boolean {
  const env = ctx.frame.env;
  if (env.kind === 'container') return false; // Docker's seccomp profile refuses unshare without CAP_SYS_ADMIN
  if (user) return true;
  if (env.kind === 'host' && env.mapUid !== undefined) return ctx.uid === 0; // root of a user ns owns its new ones
  return ctx.uid === 0;
}
