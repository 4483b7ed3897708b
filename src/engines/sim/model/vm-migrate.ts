/**
 * Live migration as QEMU does it by default, pre-copy (docs: qemu.org docs/devel/migration/main.rst): every RAM
 * page is sent while the guest runs; pages it writes meanwhile are marked dirty and sent again in the next pass;
 * once what is left could go within the allowed downtime, the guest is paused, the rest and the device state
 * are sent, and it resumes on the destination. Without --live the guest stays paused for the whole copy.
 */
import { hostOf, LOCAL_HOST, nextIdOn } from './vm-hosts';
import { startVmProcess } from './vms';
import { reap } from './procs';
import type { MigrationJob, SimState, Vm } from './types';

const MIB = 1024 * 1024;
const PAGE = 4096;

/**
 * The allowed pause: QEMU's default downtime-limit, 300 ms (qemu migration/options.c:41,
 * DEFAULT_MIGRATE_SET_DOWNTIME 300, commit 005807860d). libvirt leaves it unless `migrate-setmaxdowntime`.
 */
export const DOWNTIME_LIMIT_MS = 300;

/**
 * Throughput. QEMU alone caps migration at 128 MiB/s (migration/options.c:37, MAX_THROTTLE (128 << 20)), but
 * libvirt sets max-bandwidth to its own maximum, INT64_MAX MiB/s, i.e. unlimited (src/qemu/qemu_domain.h,
 * QEMU_DOMAIN_MIG_BANDWIDTH_MAX), so the link decides: the hosts' 1 Gbit/s Ethernet carries 1448 bytes of TCP
 * payload in every 1538 bytes on the wire (1500-byte MTU; preamble, header, FCS and gap 38 bytes; IP and TCP
 * headers with timestamps 52 bytes), 117.7 MB/s.
 */
export const LINK_BYTES_PER_S = Math.round(((1e9 / 8) * 1448) / 1538);

/**
 * How fast an idle guest writes to its RAM: 2 MB/s, QEMU's own measured example of `info dirty_rate`
 * (qemu commit bd9510d385, "migration/dirtyrate: Show sample pages only in page-sampling mode").
 */
export const IDLE_DIRTY_BYTES_PER_S = 2 * MIB;

/** One point of the job as `virsh migrate --verbose` polls it: when, and how much RAM is left to send. */
export interface ProgressPoint {
  atMs: number;
  remaining: number;
}

/** The whole migration, worked out before it is played: its progress curve and the completed job's figures. */
export interface MigrationPlan {
  points: ProgressPoint[];
  job: MigrationJob;
}

/**
 * Plans a migration of `vm`: pass 1 sends the pages the guest has touched (zero pages go as a flag, in no time
 * here); each later pass re-sends what was dirtied during the previous one, until the rest fits in the downtime
 * limit at the measured bandwidth (QEMU's threshold_size = bandwidth × downtime_limit, migration/migration.c
 * migration_update_counters); then the stop-and-copy.
 */
export function planMigration(vm: Vm, live: boolean): MigrationPlan {
  const total = vm.memMiB * MIB;
  const touched = Math.min(total, vm.touchedMiB * MIB);
  const bw = LINK_BYTES_PER_S / 1000; // bytes per ms
  const dirtyPerMs = live ? IDLE_DIRTY_BYTES_PER_S / 1000 : 0;
  const points: ProgressPoint[] = [{ atMs: 0, remaining: total }];
  let t = 0;
  let sent = 0;
  let pending = touched;
  let passes = 0;
  let sweep = total; // pass 1 walks every page, zero ones included
  // Pre-copy passes while the rest is above the threshold (a guest dirtying faster than the link never converges:
  // QEMU would go on; the idle guest here converges after its first pass).
  while (live && (passes === 0 || pending > bw * DOWNTIME_LIMIT_MS) && passes < 30) {
    const ms = pending / bw;
    points.push({ atMs: t + ms, remaining: Math.round(dirtyPerMs * ms) });
    for (let k = 1; k * 500 < ms; k++)
      points.push({ atMs: t + k * 500, remaining: Math.round(sweep - (sweep * k * 500) / ms + dirtyPerMs * k * 500) });
    t += ms;
    sent += pending;
    pending = Math.round(dirtyPerMs * ms);
    sweep = pending;
    passes++;
  }
  // Stop and copy: the guest is paused while the rest goes (all of it without --live).
  const downtimeMs = Math.max(1, Math.round(pending / bw));
  if (!live) for (let k = 1; k * 500 < downtimeMs; k++) points.push({ atMs: k * 500, remaining: Math.round(total - (total * k * 500) / downtimeMs) }); // prettier-ignore
  sent += pending;
  t += downtimeMs;
  points.push({ atMs: t, remaining: 0 });
  points.sort((a, b) => a.atMs - b.atMs);
  const job: MigrationJob = {
    operation: 'Incoming migration',
    timeElapsedMs: Math.round(t),
    downtimeMs,
    memTotal: total,
    memProcessed: sent,
    memBps: LINK_BYTES_PER_S,
    dirtyRate: Math.round(live ? IDLE_DIRTY_BYTES_PER_S / PAGE : 0),
    // QEMU counts a dirty-bitmap sync at the start, one per pass and one at the switchover (dirty-sync-count).
    iterations: passes + 2,
    constantPages: Math.round((total - touched) / PAGE),
    normalPages: Math.round(sent / PAGE),
    normalBytes: sent,
    pageSize: PAGE,
  };
  return { points: points.map((p) => ({ atMs: Math.round(p.atMs), remaining: p.remaining })), job };
}

/** Options of `virsh migrate` that change what is left where. */
export interface MigrateFlags {
  persistent: boolean;
  undefineSource: boolean;
}

/** The switchover: qemu on the source exits; the domain runs on `dest`, defined there (or transient). */
export function completeMigration(
  state: SimState,
  vm: Vm,
  plan: MigrationPlan,
  flags: MigrateFlags,
  dest: string,
): void {
  if (vm.qemuPid !== null) reap(state, (p) => p.pid === vm.qemuPid);
  const source = hostOf(vm);
  const before = vm.alsoDefinedOn ?? [];
  const wasPersistent = vm.persistent !== false;
  vm.qemuPid = null;
  vm.id = null;
  vm.host = dest === LOCAL_HOST ? undefined : dest;
  if (dest === LOCAL_HOST) startVmProcess(state, vm);
  else vm.id = nextIdOn(state, dest);
  // Transient on the destination unless --persistent, or unless it was already defined there.
  vm.persistent = flags.persistent || before.includes(dest);
  // The source keeps its definition, shut off, unless --undefinesource.
  vm.alsoDefinedOn = [...before, ...(flags.undefineSource || !wasPersistent ? [] : [source])].filter((h) => h !== dest);
  vm.lastJob = plan.job;
}
