/** The server side of one HTTP GET to a listening busybox httpd: find the file, answer, log with -v. */
import { findContainer } from '../model/containers';
import type { Proc, Sim } from '../model/types';
import { containerFrame } from '../shell/frames';
import { readFile, resolvePath } from '../shell/vfs';

/** An HTTP answer as the client sees it (busybox httpd speaks HTTP/1.0). */
export interface HttpAnswer {
  status: number;
  reason: string;
  body: string;
}

const REASONS: Record<number, string> = { 200: 'OK', 403: 'Forbidden', 404: 'Not Found' };

/** nginx's `combined`-style access line (the image's log_format main), which its stdout carries to `docker logs`. */
function nginxAccessLine(sim: Sim, ip: string, path: string, status: number, body: string): string {
  const d = new Date(sim.state.epochMs + sim.state.clockMs);
  const mon = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const day = String(d.getUTCDate()).padStart(2, '0');
  const when = `${day}/${mon}/${d.getUTCFullYear()}:${d.toISOString().slice(11, 19)} +0000`;
  return `${ip} - - [${when}] "GET ${path} HTTP/1.1" ${status} ${new TextEncoder().encode(body).length || 153} "-" "Wget" "-"\n`;
}

/**
 * Serves `path` from the server's document root. With -v, busybox httpd logs `response:CODE` on stderr,
 * prefixed by the peer as `[::ffff:IP]:PORT` (it listens on an IPv6 socket); -vv adds `url:PATH` first.
 * When the server is a container's PID 1 that stderr is what `docker logs` shows.
 */
export function serveGet(sim: Sim, server: Proc, path: string, clientIp: string): HttpAnswer {
  const state = sim.state;
  const listen = server.listen;
  const c = server.container ? findContainer(state, server.container) : undefined;
  if (!listen || !c) return { status: 404, reason: REASONS[404] as string, body: '' };
  const file = resolvePath(listen.home, `.${path.split('?')[0] ?? '/'}`) + (path.endsWith('/') ? '/index.html' : '');
  const frame = containerFrame(c, server, 'sh');
  let res = readFile(sim, frame, file.replace(/\/+/g, '/'), server.nsPid ?? 1, 0);
  if (!res.ok && res.errno === 'EISDIR')
    res = readFile(sim, frame, `${file}/index.html`.replace(/\/+/g, '/'), server.nsPid ?? 1, 0);
  const status = res.ok ? 200 : res.errno === 'EACCES' ? 403 : 404;
  if (listen.server === 'nginx') c.logs.push(nginxAccessLine(sim, clientIp, path, status, res.ok ? res.text : ''));
  if (listen.verbose > 0 && server.nsPid === 1) {
    const peer = `[::ffff:${clientIp}]:${32768 + sim.rng.int(28232)}`;
    if (listen.verbose > 2) c.logs.push(`${peer}: connected\n`);
    if (listen.verbose > 1) c.logs.push(`${peer}: url:${path}\n`);
    c.logs.push(`${peer}: response:${status}\n`);
  }
  return { status, reason: REASONS[status] as string, body: res.ok ? res.text : '' };
}
