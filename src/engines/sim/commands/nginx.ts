/**
 * nginx as the official image runs it (`nginx -g 'daemon off;'`): a master process (PID 1 in the container)
 * and one worker per CPU (`worker_processes auto;` in the image's nginx.conf), serving
 * /usr/share/nginx/html on port 80 (the image's conf.d/default.conf), its notices going to stderr and its
 * access log to stdout (the image links both log files there), so `docker logs` shows them.
 */
import { HOST } from '../facts';
import { findContainer, spawnInContainer } from '../model/containers';
import { KERNELS } from '../model/catalog';
import { listenerOn } from '../model/net';
import type { Command, Ctx } from '../shell/types';
import { notSimulated } from './honesty';

/** The nginx build in the offline registry's nginx image (repo-info: NGINX_VERSION=1.31.3). */
export const NGINX_VERSION = '1.31.3';
/** uid of the `nginx` user the image's RUN step creates (`useradd --system … --uid 101 nginx`). */
const NGINX_UID = 101;

/** nginx's error-log timestamp: `2026/11/30 17:00:00`. */
export function nginxTime(ctx: Ctx): string {
  const iso = new Date(ctx.sim.state.epochMs + ctx.sim.state.clockMs).toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '/')} ${iso.slice(11, 19)}`;
}

/** Starts master and workers; returns the exit status. */
function serve(ctx: Ctx, daemon: boolean): number {
  const me = ctx.selfProc;
  const c = me?.container !== undefined ? findContainer(ctx.sim.state, me.container) : undefined;
  if (!me || !c) return notSimulated(ctx, 'nginx outside a container', 'Run it with: docker run -d nginx');
  if (listenerOn(ctx.sim.state, me.ns.net, 80)) {
    ctx.out(
      `${nginxTime(ctx)} [emerg] ${me.nsPid}#${me.nsPid}: bind() to 0.0.0.0:80 failed (98: Address already in use)\n`,
    );
    return 1;
  }
  const t = nginxTime(ctx);
  const pid = me.nsPid ?? 1;
  const note = (msg: string) => `${t} [notice] ${pid}#${pid}: ${msg}\n`;
  const workers: number[] = [];
  for (let i = 0; i < HOST.cpus; i++) {
    const w = spawnInContainer(ctx.sim.state, c, ['nginx'], me.pid);
    w.uid = NGINX_UID;
    w.args = 'nginx: worker process';
    workers.push(w.nsPid ?? 0);
  }
  me.args = `nginx: master process nginx${daemon ? '' : ' -g daemon off;'}`;
  me.listen = { port: 80, home: '/usr/share/nginx/html', verbose: 0, server: 'nginx' };
  ctx.out(
    [
      note('using the "epoll" event method'),
      note(`nginx/${NGINX_VERSION}`),
      note('built by gcc 14.2.0 (Debian 14.2.0-19)'),
      note(`OS: Linux ${KERNELS.host.release}`),
      note('getrlimit(RLIMIT_NOFILE): 1048576:1048576'),
      note('start worker processes'),
      ...workers.map((w) => note(`start worker process ${w}`)),
    ].join(''),
  );
  ctx.keepSelf();
  return 0;
}

/** `nginx [-v] [-t] [-g 'daemon off;']`. */
export const nginx: Command = {
  name: 'nginx',
  usage: "nginx [-v] [-t] [-g 'daemon off;']",
  summary: 'nginx web server',
  completions: () => ['-v', '-t', '-g'],
  surface: {
    supported: ['-v', '-t'],
    notSimulated: ['-V', '-T', '-q', '-s reload', '-p /tmp', '-e stderr', '-c /etc/nginx/nginx.conf', '-g x;'],
  },
  run(argv, ctx) {
    let daemon = true;
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i] as string;
      if (a === '-v') {
        ctx.err(`nginx version: nginx/${NGINX_VERSION}\n`);
        return 0;
      }
      if (a === '-t') {
        ctx.err(
          'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n',
        );
        return 0;
      }
      if (a === '-g') {
        const v = argv[++i];
        if (v === undefined) {
          ctx.err('nginx: option "-g" requires parameter\n');
          return 1;
        }
        if (v.replace(/\s+/g, ' ').trim() !== 'daemon off;') return notSimulated(ctx, `nginx -g '${v}'`);
        daemon = false;
      } else if (['-V', '-T', '-q', '-s', '-p', '-e', '-c', '-h', '-?'].includes(a))
        return notSimulated(ctx, `nginx ${a}`);
      else {
        ctx.err(`nginx: invalid option: "${a.replace(/^-/, '')}"\n`);
        return 1;
      }
    }
    const me = ctx.selfProc;
    // Without `daemon off;` the master forks into the background and the parent exits: as a container's
    // PID 1 that ends the container (which is why the image's CMD sets it).
    if (daemon && me?.container !== undefined && me.nsPid === 1) return 0;
    return serve(ctx, daemon);
  },
};
