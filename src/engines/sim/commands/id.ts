/** `id`: user and group ids of the caller (or of a named user). */
import type { Command } from '../shell/types';
import { viewOf } from '../shell/view';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** GNU id's options; -a is accepted and ignored by id itself. */
const SPEC: OptSpec = {
  flags: {
    '-u': 'u',
    '--user': 'u',
    '-g': 'g',
    '--group': 'g',
    '-G': 'G',
    '--groups': 'G',
    '-n': 'n',
    '--name': 'n',
    '-r': 'r',
    '--real': 'r',
    '-a': 'a',
  },
  unsimulated: ['-Z', '--context', '-z', '--zero', '--help', '--version'],
};

/** A user as id prints it: uid, primary group and the groups, each with its name. */
interface Ids {
  uid: [number, string];
  groups: Array<[number, string]>;
}

/** The users this course models: root everywhere, learner on the host. */
function idsOf(uid: number, user: string, busybox: boolean): Ids {
  if (uid === 0) {
    const bb = 'bin daemon sys adm disk wheel floppy dialout tape video'.split(' ');
    const nums = [1, 2, 3, 4, 6, 10, 11, 20, 26, 27];
    return {
      uid: [0, 'root'],
      groups: [[0, 'root'], ...(busybox ? bb.map((n, i) => [nums[i] as number, n] as [number, string]) : [])],
    };
  }
  // The learner is in the host's sudo, libvirt and docker groups; a guest's user (CirrOS's cirros) only in its own.
  return {
    uid: [uid, user],
    groups:
      user === 'learner'
        ? [
            [uid, user],
            [27, 'sudo'],
            [112, 'libvirt'],
            [990, 'docker'],
          ]
        : [[uid, user]],
  };
}

/** `id [-u|-g|-G] [-n] [-r] [USER]`. */
export const id: Command = {
  name: 'id',
  usage: 'id [-u|-g|-G] [-n] [USER]',
  summary: 'print user and group ids',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    const busybox = v.os.userland === 'busybox';
    const p = parseOpts(argv.slice(1), SPEC);
    const bad = optionError(ctx, 'id', p, { busybox });
    if (bad !== null) return bad;
    if (p.args.length > 1) return notSimulated(ctx, 'id with several users');
    const who = p.args[0];
    // A set-user-ID program's process (shell/setuid.ts): the ids are the real user's, plus euid (coreutils id.c).
    const ruid = who === undefined && ctx.frame.ruid !== ctx.uid ? ctx.frame.ruid : undefined;
    const real = ruid ?? ctx.uid;
    let ids = idsOf(real, real === 0 ? 'root' : ctx.frame.user, busybox);
    // In a user namespace (unshare -U/-r) what is not mapped shows as the overflow ids 65534 (nobody/nogroup).
    const env = ctx.frame.env;
    if (env.kind === 'host' && env.ns && env.ns.user !== ctx.sim.state.hostNs.user)
      ids =
        ctx.uid === 0
          ? {
              uid: [0, 'root'],
              groups: [
                [0, 'root'],
                [65534, 'nogroup'],
              ],
            }
          : { uid: [65534, 'nobody'], groups: [[65534, 'nogroup']] };
    if (who !== undefined) {
      if (who === 'root' || who === '0') ids = idsOf(0, 'root', busybox);
      else if ((who === 'learner' || who === '1000') && v.kind === 'host') ids = idsOf(1000, 'learner', false);
      else {
        ctx.err(busybox ? `id: unknown user ${who}\n` : `id: '${who}': no such user\n`);
        return 1;
      }
    }
    const o = p.opts;
    const only = ['u', 'g', 'G'].filter((k) => o[k]);
    if (only.length > 1) {
      ctx.err('id: cannot print "only" of more than one choice\n');
      return 1;
    }
    const show = ([num, name]: [number, string]) => (o.n ? name : String(num));
    const primary = ids.groups[0] as [number, string];
    const euid: [number, string] | undefined = ruid === undefined ? undefined : [ctx.uid, ctx.uid === 0 ? 'root' : ''];
    if (only[0] === 'u') ctx.out(`${show(euid && !o.r ? euid : ids.uid)}\n`);
    else if (only[0] === 'g') ctx.out(`${show(primary)}\n`);
    else if (only[0] === 'G') ctx.out(`${ids.groups.map(show).join(' ')}\n`);
    else if (o.n || o.r) {
      ctx.err('id: cannot print only names or real IDs in default format\n');
      return 1;
    } else {
      // An id with no name in passwd/group prints bare (`docker run --user 1000`).
      const pair = ([num, name]: [number, string]) => (name === String(num) ? `${num}` : `${num}(${name})`);
      const e = euid ? ` euid=${pair(euid)}` : '';
      ctx.out(`uid=${pair(ids.uid)} gid=${pair(primary)}${e} groups=${ids.groups.map(pair).join(',')}\n`);
    }
    return 0;
  },
};
