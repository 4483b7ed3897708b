/** `sudo`: the learner may run anything as root without a password on the course host. */
import { profilePs1 } from '../model/guest-boot';
import type { Command, Frame } from '../shell/types';
import { viewOf } from '../shell/view';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';
import { own } from '../own';

/** sudo 1.9's options: -i, -s, -u (root or learner), -H; -E, -n, -k, -K and -v change nothing here. */
const SPEC: OptSpec = {
  flags: {
    '-i': 'i', '--login': 'i', '-s': 's', '--shell': 's', '-H': 'H', '--set-home': 'H', '-E': 'E',
    '--preserve-env': 'E', '-n': 'n', '--non-interactive': 'n', '-k': 'k', '--reset-timestamp': 'k', '-K': 'K',
    '--remove-timestamp': 'K', '-v': 'v', '--validate': 'v',
  },
  values: { '-u': 'u', '--user': 'u' },
  unsimulated: [
    '-l', '--list', '-U', '--other-user', '-b', '--background', '-g', '--group', '-p', '--prompt', '-C',
    '--close-from', '-D', '--chdir', '-h', '--help', '--host', '-V', '--version', '-A', '--askpass', '-S',
    '--stdin', '-e', '--edit', '-T', '--command-timeout', '-R', '--chroot', '-r', '--role', '-t', '--type', '-P',
    '--preserve-groups', '-B', '--bell',
  ],
  stopAtPositional: true,
}; // prettier-ignore

const USAGE = 'usage: sudo -h | -K | -k | -V\nusage: sudo [-u user] command [arg ...]\n';

/** The users the course models; others exist on a real host but not here. */
const USERS: Record<string, { uid: number; user: string; home: string }> = {
  root: { uid: 0, user: 'root', home: '/root' },
  '#0': { uid: 0, user: 'root', home: '/root' },
  learner: { uid: 1000, user: 'learner', home: '/home/learner' },
  '#1000': { uid: 1000, user: 'learner', home: '/home/learner' },
};

/** `sudo [-i|-s] [-u USER] [COMMAND…]`; `find` says whether a command exists (no import cycle). */
export function createSudo(find: (name: string) => Command | undefined): Command {
  return {
    name: 'sudo',
    usage: 'sudo [-i|-s] [-u USER] COMMAND [ARG]...',
    summary: 'run a command as root (host only)',
    surface: surfaceOf(SPEC),
    run(argv, ctx) {
      const p = parseOpts(argv.slice(1), SPEC);
      const bad = optionError(ctx, 'sudo', p, { after: USAGE });
      if (bad !== null) return bad;
      const o = p.opts;
      const who = String(o.u ?? 'root');
      const target = own(USERS, who);
      if (!target) return notSimulated(ctx, `sudo -u ${who}`, undefined, 'only root and learner are modelled');
      const shell = o.i === true || o.s === true;
      if (!shell && p.args.length === 0) {
        if (o.k || o.K || o.v) return 0;
        ctx.err(USAGE);
        return 1;
      }
      const home = o.i || o.H ? target.home : ctx.frame.home;
      const frame: Frame = {
        ...ctx.frame,
        uid: target.uid,
        user: target.user,
        home,
        cwd: o.i ? target.home : ctx.frame.cwd,
        vars: new Map(ctx.frame.vars),
      };
      // root's login shell is bash on Debian, BusyBox sh on CirrOS (/etc/passwd); env_reset drops the user's PS1,
      // and a login shell (-i) reads the guest's /etc/profile, which may set its own.
      frame.vars.delete('PS1');
      const vm = viewOf(ctx.sim, ctx.frame.env).vm;
      const ps1 = o.i && vm ? profilePs1(vm, target.uid) : undefined;
      if (ps1 !== undefined) frame.vars.set('PS1', ps1);
      const cmd = p.args.length ? p.args : [ctx.frame.shell, '-i'];
      const prog = cmd[0] as string;
      if (!find(prog.slice(prog.lastIndexOf('/') + 1))) {
        ctx.err(`sudo: ${prog}: command not found\n`);
        return 1;
      }
      // sudo forks the command and waits for it: with `&` the job is sudo's own process.
      return ctx.background ? ctx.runChild(cmd, frame, target.uid) : ctx.run(cmd, frame, target.uid);
    },
  };
}
