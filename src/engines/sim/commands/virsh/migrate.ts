/**
 * `virsh migrate` and `virsh domjobinfo` (tools/virsh-domain.c): a live migration to host-b, played in
 * simulated time, with --verbose's progress and the completed job's statistics.
 */
import { completeMigration, planMigration } from '../../model/vm-migrate';
import { hostOf } from '../../model/vm-hosts';
import type { MigrationJob, Vm } from '../../model/types';
import type { Ctx } from '../../shell/types';
import { HINT, notSimulated } from '../honesty';
import type { VirshSpec } from './args';
import { failed } from './common';
import { prettyCapacity } from './table';

/** Its real options (libvirt 11): modelled, and the rest, which answer "not simulated". */
export const MIGRATE_SPEC: VirshSpec = {
  bools: ['live', 'verbose', 'persistent', 'undefinesource'],
  strings: ['domain', 'desturi'],
  positional: ['domain', 'desturi'],
  unsimulated: ['offline', 'p2p', 'direct', 'tunnelled', 'tunneled', 'postcopy', 'postcopy-after-precopy', 'auto-converge',
    'copy-storage-all', 'copy-storage-inc', 'copy-storage-synchronous-writes', 'change-protection', 'unsafe', 'suspend', 'abort-on-error',
    'compressed', 'timeout', 'timeout-suspend', 'timeout-postcopy', 'migrateuri', 'graphicsuri', 'listen-address', 'dname', 'xml',
    'persistent-xml', 'bandwidth', 'postcopy-bandwidth', 'parallel', 'parallel-connections', 'tls', 'zerocopy', 'migrate-disks',
    'disks-port', 'disks-uri', 'comp-methods', 'comp-mt-level', 'comp-mt-threads', 'comp-mt-dthreads', 'comp-xbzrle-cache',
    'comp-zlib-level', 'comp-zstd-level', 'auto-converge-initial', 'auto-converge-increment', 'available-switchover-bandwidth',
    'postcopy-resume', 'keep-completed'],
  required: ['domain', 'desturi'],
}; // prettier-ignore

export const DOMJOBINFO_SPEC: VirshSpec = {
  bools: ['completed'],
  strings: ['domain'],
  positional: ['domain'],
  unsimulated: ['keep-completed', 'anystats', 'rawstats'],
  required: ['domain'],
};

/** The host a destination URI names, or the status after virsh's error (or the honest "not simulated"). */
function destination(ctx: Ctx, uri: string, from: string): string | number {
  const m = /^qemu\+ssh:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/system$/.exec(uri);
  if (!m)
    return notSimulated(ctx, `virsh migrate to ${uri}`, HINT.libvirt, 'only qemu+ssh://host-b/system is modelled');
  const host = m[1] as string;
  if (host === 'localhost' || host === from) return notSimulated(ctx, 'virsh migrate to the same host', HINT.libvirt);
  if (host !== 'host-b' && host !== 'host')
    return failed(
      ctx,
      `error: failed to connect to the hypervisor\nerror: Cannot recv data: ssh: Could not resolve hostname ${host}: Name or service not known: Connection reset by peer\n`,
    );
  return host;
}

/** `virsh migrate [--live] [--verbose] [--persistent] [--undefinesource] DOMAIN DESTURI` from host `from`. */
export function migrate(vm: Vm, ctx: Ctx, o: Map<string, string | true>, from: string): number {
  const dest = destination(ctx, o.get('desturi') as string, from);
  if (typeof dest === 'number') return dest;
  if (hostOf(vm) !== from || !vm.running)
    return failed(ctx, 'error: Requested operation is not valid: domain is not running\n');
  const plan = planMigration(vm, o.has('live'));
  // virsh polls the job about twice a second and redraws "Migration: [ NN.NN %]" on stderr with a carriage
  // return (virshPrintJobProgress, "%5.2f"); this terminal has no carriage return, so each redraw is a line.
  const total = vm.memMiB * 1024 * 1024;
  let at = 0;
  for (const p of plan.points.filter((x) => x.atMs > 0)) {
    ctx.advance(p.atMs - at);
    at = p.atMs;
    if (!o.has('verbose')) continue;
    const pct = p.remaining === 0 ? 100 : Math.min(99.99, 100 - (p.remaining * 100) / total);
    ctx.err(`Migration: [${(Math.floor(pct * 100) / 100).toFixed(2).padStart(5)} %]\n`);
  }
  completeMigration(ctx.sim.state, vm, plan, {
    persistent: o.has('persistent'),
    undefineSource: o.has('undefinesource'),
  }, dest); // prettier-ignore
  ctx.out('\n');
  return 0;
}

/** `virsh domjobinfo DOMAIN [--completed]`: no job now; the last completed one's statistics. */
export function domjobinfo(vm: Vm, ctx: Ctx, o: Map<string, string | true>, on: string): number {
  const job: MigrationJob | undefined = o.has('completed') ? vm.lastJob : undefined;
  const row = (k: string, v: string) => `${k.padEnd(17)} ${v}\n`;
  const num = (n: number, unit = '') => `${String(n).padEnd(12)}${unit ? ` ${unit}` : ''}`;
  if (!job) {
    ctx.out(`${row('Job type:', 'None'.padEnd(12))}\n`);
    return 0;
  }
  // On the source (the copy left shut off there) the same job was the outgoing side.
  const operation = hostOf(vm) === on ? 'Incoming migration' : 'Outgoing migration';
  const lines = [
    row('Job type:', 'Completed'.padEnd(12)),
    row('Operation:', operation.padEnd(12)),
    row('Time elapsed:', num(job.timeElapsedMs, 'ms')),
    row('Data processed:', prettyCapacity(job.memProcessed)),
    row('Data remaining:', prettyCapacity(0)),
    row('Data total:', prettyCapacity(job.memTotal)),
    row('Memory processed:', prettyCapacity(job.memProcessed)),
    row('Memory remaining:', prettyCapacity(0)),
    row('Memory total:', prettyCapacity(job.memTotal)),
    row('Memory bandwidth:', `${prettyCapacity(job.memBps)}/s`),
    row('Dirty rate:', num(job.dirtyRate, 'pages/s')),
    row('Page size:', num(job.pageSize, 'bytes')),
    row('Iteration:', num(job.iterations)),
    row('Postcopy requests:', num(0)),
    row('Constant pages:', num(job.constantPages)),
    row('Normal pages:', num(job.normalPages)),
    row('Normal data:', prettyCapacity(job.normalBytes)),
    row('Total downtime:', num(job.downtimeMs, 'ms')),
  ];
  ctx.out(`${lines.join('')}\n`);
  vm.jobShown = (vm.jobShown ?? 0) + 1;
  return 0;
}
