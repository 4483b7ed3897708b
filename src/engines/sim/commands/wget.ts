/** `wget URL`: BusyBox's client in busybox/Alpine images, GNU Wget's wording on the Debian host. */
import { connectTo, listenerOn } from '../model/net';
import type { Command, Ctx } from '../shell/types';
import { viewOf } from '../shell/view';
import { resolvePath, writeFile } from '../shell/vfs';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { serveGet } from './http-serve';
import { parseOpts, type OptSpec } from './opts';

/** GNU Wget's common options (BusyBox wget has -c, -q, -O, -o, -P, -S, -T, -U and a few long ones). */
const SPEC: OptSpec = {
  flags: { '-q': 'q', '--quiet': 'q' },
  values: { '-O': 'O', '--output-document': 'O' },
  unsimulated: [
    ...'beoadvniFBtcNSTwQ46xPEUrlkKmpARDHLIXVhY'.split('').map((c) => `-${c}`),
    ...[
      'spider', 'header', 'post-data', 'post-file', 'user-agent', 'timeout', 'tries', 'continue',
      'no-check-certificate', 'server-response', 'output-file', 'append-output', 'directory-prefix', 'recursive',
      'mirror', 'no-verbose', 'verbose', 'debug', 'background', 'limit-rate', 'method', 'body-data', 'user',
      'password', 'show-progress', 'progress', 'no-clobber', 'content-disposition', 'max-redirect', 'help',
      'version', 'input-file', 'level', 'no-parent', 'page-requisites', 'convert-links', 'timestamping',
      'inet4-only', 'inet6-only', 'wait', 'quota', 'execute', 'referer', 'proxy', 'no-proxy',
    ].map((o) => `--${o}`),
  ],
}; // prettier-ignore

/** `http://host[:port][/path]` → parts; null for anything else. */
function parseUrl(url: string): { host: string; port: number; path: string } | null {
  const m = /^(?:http:\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
  return m ? { host: m[1] as string, port: Number(m[2] ?? 80), path: m[3] ?? '/' } : null;
}

/** Failure messages: [busybox, GNU] wording for each way the connection can fail. */
function failText(kind: string, host: string, ip: string, port: number): [string, string] {
  switch (kind) {
    case 'bad-address':
      return [`wget: bad address '${host}'\n`, `wget: unable to resolve host address '${host}'\n`];
    case 'no-network':
      return [
        `wget: can't connect to remote host (${ip}): Network is unreachable\n`,
        `Connecting to ${ip}:${port}... failed: Network is unreachable.\n`,
      ];
    case 'timed-out':
      return [
        `wget: can't connect to remote host (${ip}): Connection timed out\n`,
        `Connecting to ${ip}:${port}... failed: Connection timed out.\n`,
      ];
    case 'no-route':
      return [
        `wget: can't connect to remote host (${ip}): No route to host\n`,
        `Connecting to ${ip}:${port}... failed: No route to host.\n`,
      ];
    default:
      return [
        `wget: can't connect to remote host (${ip}): Connection refused\n`,
        `Connecting to ${ip}:${port}... failed: Connection refused.\n`,
      ];
  }
}

/** `wget [-q] [-O FILE|-] URL`: one GET; the body goes to stdout (`-O -`) or a file. */
export const wget: Command = {
  name: 'wget',
  usage: 'wget [-q] [-O FILE] URL',
  summary: 'fetch a URL over HTTP',
  completions: () => ['-q', '-O', 'http://localhost:8080/'],
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const gnu = viewOf(ctx.sim, ctx.frame.env).os.userland === 'gnu' || ctx.frame.env.kind === 'host';
    const p = parseOpts(argv.slice(1), SPEC);
    const usage = gnu
      ? "Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n"
      : 'BusyBox v1.37.0 multi-call binary.\n\nUsage: wget [-cqS] [-O FILE] URL...\n';
    const bad = optionError(ctx, 'wget', p, { busybox: !gnu, status: gnu ? 2 : 1, after: usage });
    if (bad !== null) return bad;
    const quiet = p.opts.q === true;
    const outFile = p.opts.O as string | undefined;
    const urls = p.args;
    if (urls.length > 1) return notSimulated(ctx, 'wget with several URLs');
    if (/^(https|ftps?):\/\//.test(urls[0] ?? ''))
      return notSimulated(
        ctx,
        `wget ${urls[0]?.split(':')[0]}://`,
        undefined,
        'only plain http:// to the simulated machines is',
      );
    const url = urls[0] ? parseUrl(urls[0]) : null;
    if (!url) {
      ctx.err(
        urls[0]
          ? `wget: not an http or ftp url: ${urls[0]}\n`
          : gnu
            ? 'wget: missing URL\n'
            : 'BusyBox v1.37.0 multi-call binary.\n\nUsage: wget [-cqS] [-O FILE] URL...\n',
      );
      return 1;
    }
    const state = ctx.sim.state;
    const route = connectTo(state, ctx.frame.env, url.host, url.port);
    const ip = route.ok ? route.ip : (route.ip ?? url.host);
    // Linux gives up a connect after 6 SYN retransmissions: 127 s (tcp(7), tcp_syn_retries).
    if (!route.ok && route.error === 'timed-out') ctx.advance(127_000);
    if (gnu && !quiet)
      ctx.err(
        `--${new Date(state.epochMs + state.clockMs).toISOString().slice(0, 19).replace('T', ' ')}--  http://${url.host}:${url.port}${url.path}\n`,
      );
    const named = !/^\d+\.\d+\.\d+\.\d+$/.test(url.host);
    const server = route.ok ? listenerOn(state, route.netNs, route.port) : undefined;
    // docker-proxy accepts, then finds nobody behind it: what the client then sees is not modelled.
    if (route.ok && route.proxied && !server)
      return notSimulated(
        ctx,
        `wget ${urls[0]}`,
        undefined,
        'nothing listens behind this published port, and what docker-proxy then does is not modelled',
      );
    if (!route.ok || !server) {
      const [bb, gnuText] = failText(route.ok ? 'refused' : route.error, url.host, ip, url.port);
      if (!gnu || !quiet) ctx.err(gnu ? gnuText : bb);
      return gnu ? 4 : 1;
    }
    if (!quiet)
      ctx.err(
        gnu
          ? `${named ? `Resolving ${url.host} (${url.host})... ${ip}\nConnecting to ${url.host} (${url.host})|${ip}|` : `Connecting to ${ip}`}:${url.port}... connected.\nHTTP request sent, awaiting response... `
          : `Connecting to ${url.host}:${url.port} (${ip}:${url.port})\n`,
      );
    const answer = serveGet(ctx.sim, server, url.path, route.clientIp);
    if (answer.status !== 200) {
      if (gnu) {
        if (!quiet) ctx.err(`${answer.status} ${answer.reason}\nERROR ${answer.status}: ${answer.reason}.\n\n`);
        return 8;
      }
      ctx.err(`wget: server returned error: HTTP/1.0 ${answer.status} ${answer.reason}\n`);
      return 1;
    }
    if (gnu && !quiet) ctx.err(`${answer.status} ${answer.reason}\n`);
    return deliver(ctx, answer.body, outFile ?? (url.path.split('/').pop() || 'index.html'), quiet, gnu);
  },
};

/** Writes the body to stdout (`-O -`) or a file, with BusyBox's or Wget's closing lines. */
function deliver(ctx: Ctx, body: string, target: string, quiet: boolean, gnu: boolean): number {
  const toStdout = target === '-';
  if (!quiet && !gnu) ctx.err(toStdout ? 'writing to stdout\n' : `saving to '${target}'\n`);
  if (toStdout) ctx.out(body);
  else {
    const e = writeFile(ctx.sim, ctx.frame, resolvePath(ctx.frame.cwd, target), body, false, ctx.uid);
    if (e) {
      ctx.err(
        `wget: can't open '${target}': ${e === 'EROFS' ? 'Read-only file system' : e === 'EACCES' ? 'Permission denied' : 'No such file or directory'}\n`,
      );
      return 1;
    }
  }
  if (!quiet && !gnu)
    ctx.err(
      `${toStdout ? '-' : target.padEnd(20)}${toStdout ? ' '.repeat(19) : ''} 100% |********************************| ${String(body.length).padStart(5)}  0:00:00 ETA\n${toStdout ? 'written to stdout' : `'${target}' saved`}\n`,
    );
  if (!quiet && gnu) ctx.err(`\n'${target}' saved [${body.length}/${body.length}]\n\n`);
  return 0;
}
