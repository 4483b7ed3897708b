/**
 * `docker top CONTAINER [ps OPTIONS]`: the daemon runs the host's `ps` (default `-ef`) and keeps the rows of
 * the container's processes, so PIDs are the host's, not the container's. The CLI lays the table out with
 * Go's tabwriter (min width 20, padding 3) — docs.docker.com reference/cli/docker/container/top, moby
 * daemon/top_unix.go.
 */
import type { Ctx } from '../../shell/types';
import { viewOf } from '../../shell/view';
import type { OptSpec } from '../opts';
import { parsePsArgs } from '../ps-args';
import { aux, full, selectProcs, short } from '../ps';
import { HINT, notSimulated } from '../honesty';
import { customFormat } from '../ps-format';
import { containerOrError, dockerOpts, needArgs } from './common';

/** `docker top` has no flags of its own; everything after the container goes to ps. */
export const TOP_SPEC: OptSpec = { stopAtPositional: true };

/** Re-lays ps's columns as the CLI's tabwriter does. */
function tabwrite(text: string): string {
  const lines = text.split('\n').filter(Boolean);
  const head = (lines[0] ?? '').trim().split(/\s+/);
  const cut = (l: string) => {
    const parts = l.trim().split(/\s+/);
    return [...parts.slice(0, head.length - 1), parts.slice(head.length - 1).join(' ')];
  };
  const rows = [head, ...lines.slice(1).map(cut)];
  const widths = head.map((_h, i) => Math.max(17, ...rows.map((r) => (r[i] ?? '').length)) + 3);
  return (
    rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] as number))).join('')).join('\n') +
    '\n'
  );
}

/** `docker top NAME [ps options]`. */
export function dockerTop(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'top', argv, TOP_SPEC);
  if (typeof p === 'number') return p;
  const name = p.args[0];
  if (name === undefined) return needArgs(ctx, 'top', 'top CONTAINER [ps OPTIONS]');
  const c = containerOrError(ctx, name);
  if (!c) return 1;
  if (c.status !== 'running') {
    ctx.err(`Error response from daemon: container ${c.id} is not running\n`);
    return 1;
  }
  const req = parsePsArgs(p.args.length > 1 ? p.args.slice(1) : ['-ef']);
  if (req.kind === 'unsimulated') return notSimulated(ctx, `docker top with ${req.what}`, HINT.docker);
  if (req.kind === 'error') {
    // The daemon runs ps and passes its failure on (moby daemon/top_unix.go).
    ctx.err(`Error response from daemon: ps: exit status 1: ${req.text.split('\n')[0]}\n`);
    return 1;
  }
  const host = viewOf(ctx.sim, { kind: 'host' });
  const mine = host.procs.filter((x) => x.proc.container === c.id);
  const view = { ...host, procs: mine };
  const all = selectProcs(ctx, view, { ...req, all: true });
  const text =
    req.format === 'custom'
      ? customFormat(ctx, view, mine, req.columns ?? [], req.forest)
      : req.format === 'bsd-user'
        ? aux(ctx, view, req.forest)
        : req.format === 'short'
          ? short(all, req.forest)
          : full(ctx, view, all, req.forest);
  ctx.out(tabwrite(text));
  return 0;
}
