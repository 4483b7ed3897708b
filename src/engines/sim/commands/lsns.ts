import type { NsKind } from '../model/types';
import type { Command } from '../shell/types';
import { viewOf } from '../shell/view';
import { userOf } from './ps-format';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

const KINDS: NsKind[] = ['cgroup', 'ipc', 'mnt', 'net', 'pid', 'time', 'user', 'uts'];

/** util-linux lsns: -t and -p are modelled. */
const SPEC: OptSpec = {
  values: { '-t': 't', '--type': 't', '-p': 'p', '--task': 'p' },
  unsimulated: [
    '-J', '--json', '-l', '--list', '-n', '--noheadings', '-o', '--output', '--output-all', '-P', '--persistent',
    '-r', '--raw', '-u', '--notruncate', '-W', '--nowrap', '-T', '--tree', '-Q', '--filter', '-H', '--list-columns',
    '-h', '--help', '-V', '--version',
  ],
}; // prettier-ignore

/**
 * `lsns [-t TYPE] [-p PID]`: namespaces of the processes you can inspect. Like the real tool, an
 * unprivileged user only sees namespaces of their own processes (use `sudo lsns` on the host).
 */
export const lsns: Command = {
  name: 'lsns',
  usage: 'lsns [-t TYPE] [-p PID]',
  summary: 'list namespaces',
  completions: () => ['-t', '-p', ...KINDS],
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const p = parseOpts(argv.slice(1), SPEC);
    const bad = optionError(ctx, 'lsns', p);
    if (bad !== null) return bad;
    if (p.args.length) return notSimulated(ctx, 'lsns NAMESPACE');
    const type = p.opts.t as string | undefined;
    if (type !== undefined && !KINDS.includes(type as NsKind)) {
      ctx.err(`lsns: unknown namespace type: ${type}\n`);
      return 1;
    }
    const v = viewOf(ctx.sim, ctx.frame.env);
    const procs = v.procs.filter((x) => ctx.uid === 0 || x.proc.uid === ctx.uid);
    const target = p.opts.p === undefined ? undefined : procs.find((x) => String(x.pid) === p.opts.p);
    if (p.opts.p !== undefined && !target) {
      ctx.err(`lsns: cannot open /proc/${p.opts.p}: No such file or directory\n`);
      return 1;
    }
    const rows = new Map<string, { ns: number; kind: NsKind; n: number; first: (typeof procs)[number] }>();
    for (const x of procs) {
      for (const kind of type ? [type as NsKind] : KINDS) {
        const key = `${kind}:${x.proc.ns[kind]}`;
        const row = rows.get(key);
        if (row) row.n++;
        else rows.set(key, { ns: x.proc.ns[kind], kind, n: 1, first: x });
      }
    }
    const sorted = [...rows.values()]
      .filter((r) => !target || target.proc.ns[r.kind] === r.ns)
      .sort((a, b) => a.ns - b.ns || a.kind.localeCompare(b.kind));
    const user = (uid: number) => userOf(uid, v);
    ctx.out(
      `        NS TYPE   NPROCS   PID USER    COMMAND\n${sorted.map((r) => `${String(r.ns).padStart(10)} ${r.kind.padEnd(6)} ${String(r.n).padStart(6)} ${String(r.first.pid).padStart(5)} ${user(r.first.proc.uid).padEnd(7)} ${r.first.proc.args}`).join('\n')}\n`,
    );
    return 0;
  },
};
