/** BusyBox `httpd`: a tiny web server; `-f` keeps it in the foreground, `-v` logs each response to stderr. */
import type { Command, Ctx } from '../shell/types';
import { listenerOn } from '../model/net';
import { resolvePath } from '../shell/vfs';
import { notSimulated } from './honesty';

const USAGE = 'Usage: httpd [-ifvv] [-c CONFFILE] [-p [IP:]PORT] [-u USER[:GRP]] [-r REALM] [-h HOME]\n';

/** Parses busybox-style clustered options (`-fvv`, `-p8080`); returns the error line on a bad option. */
function parseArgs(
  argv: string[],
  ctx: Ctx,
): { foreground: boolean; verbose: number; port: number; home: string } | string | { unsimulated: string } {
  const o = { foreground: false, verbose: 0, port: 80, home: ctx.frame.cwd };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('-') || a === '-') return `httpd: unexpected argument '${a}'`;
    for (let j = 1; j < a.length; j++) {
      const ch = a[j] as string;
      if (ch === 'f') o.foreground = true;
      else if (ch === 'v') o.verbose++;
      else if (ch === 'i')
        return { unsimulated: '-i' }; // inetd mode: serve the connection on stdin
      else if ('phcurmed'.includes(ch)) {
        const v = a.slice(j + 1) || argv[++i];
        if (v === undefined) return `httpd: option requires an argument -- '${ch}'`;
        // A config file, a user to switch to, a realm, and the -m/-e/-d helpers: real, not modelled.
        if ('curmed'.includes(ch)) return { unsimulated: `-${ch}` };
        if (ch === 'p') o.port = Number(v.slice(v.lastIndexOf(':') + 1));
        if (ch === 'h') o.home = resolvePath(ctx.frame.cwd, v);
        break;
      } else return `httpd: invalid option -- '${ch}'`;
    }
  }
  return Number.isInteger(o.port) && o.port > 0 && o.port < 65536 ? o : `httpd: bad port number`;
}

/** Starts listening; without -f it daemonizes, so as a container's PID 1 it exits at once (a classic surprise). */
export const httpd: Command = {
  name: 'httpd',
  usage: 'httpd [-f] [-v] [-p PORT] [-h HOME]',
  summary: 'BusyBox web server',
  completions: () => ['-f', '-v', '-p', '-h'],
  surface: {
    supported: ['-f', '-v', '-vv', '-p 8080', '-h /tmp'],
    notSimulated: ['-i', '-c x', '-u x', '-r x', '-m x', '-e x', '-d x'],
  },
  run(argv, ctx) {
    const o = parseArgs(argv, ctx);
    if (typeof o === 'object' && 'unsimulated' in o) return notSimulated(ctx, `httpd ${o.unsimulated}`);
    if (typeof o === 'string') {
      ctx.err(`${o}\n${USAGE}`);
      return 1;
    }
    const me = ctx.selfProc;
    if (!me) return 1;
    if (listenerOn(ctx.sim.state, me.ns.net, o.port)) {
      ctx.err('httpd: bind: Address in use\n');
      return 1;
    }
    const pid1 = me.container !== undefined && me.nsPid === 1;
    // Without -f the parent forks a daemon child and exits; as PID 1 that ends the container (and the child).
    if (!o.foreground && pid1) return 0;
    me.listen = { port: o.port, home: o.home, verbose: o.verbose };
    ctx.keepSelf();
    // A real foreground httpd would hold the terminal until stopped; the simulator hands the prompt back.
    if (ctx.background && !pid1) ctx.out(`[1] ${ctx.selfPid}\n`);
    return 0;
  },
};
