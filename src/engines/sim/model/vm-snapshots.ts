/**
 * libvirt domain snapshots (QEMU driver; docs: libvirt.org/kbase/snapshots.html, virsh(1) "SNAPSHOT COMMANDS").
 * An internal snapshot lives inside the qcow2 image: the disk, and for a running domain its RAM and device
 * state too. `--disk-only` makes an external one: the disk is frozen as it is and the domain goes on writing
 * to a new overlay file. Reverting brings the guest's files (and, from a memory snapshot, its processes) back.
 */
import { hostOf, LOCAL_HOST } from './vm-hosts';
import { startVmProcess, stopVm } from './vms';
import type { SimState, Vm, VmSnapshot } from './types';

/** Why libvirt refuses to take the snapshot, or null when it may. */
export function snapshotRefusal(vm: Vm, name: string, diskOnly: boolean): string | null {
  if ((vm.snapshots ?? []).some((s) => s.name === name))
    // virdomainmomentobjlist.c, virDomainMomentAssignDef (VIR_ERR_OPERATION_FAILED)
    return `operation failed: domain moment ${name} already exists`;
  // qemu_snapshot.c, qemuSnapshotPrepare: a running guest's internal snapshot would have to store the UEFI
  // variables too, which QEMU can do only when the NVRAM file is qcow2; the domains here use raw (dumpxml).
  if (!diskOnly && vm.running && vm.efi)
    return 'Operation not supported: internal snapshots of a VM with pflash based firmware require QCOW2 nvram format';
  return null;
}

/** The overlay libvirt names for an external snapshot: the disk's path with its suffix replaced by the name. */
function overlayPath(disk: string, name: string): string {
  return `${disk.replace(/\.[^./]+$/, '')}.${name}`;
}

/** Takes the snapshot (checked with snapshotRefusal first) and makes it current. */
export function createSnapshot(
  state: SimState,
  vm: Vm,
  name: string,
  description: string,
  diskOnly: boolean,
): VmSnapshot {
  const paused = vm.pausedAtMs !== null;
  const snap: VmSnapshot = {
    name,
    description,
    creationTime: Math.floor((state.epochMs + state.clockMs) / 1000),
    state: diskOnly ? 'disk-snapshot' : !vm.running ? 'shutoff' : paused ? 'paused' : 'running',
    location: diskOnly ? 'external' : 'internal',
    parent: vm.currentSnapshot ?? null,
    files: new Map(vm.files),
  };
  if (!diskOnly && vm.running)
    snap.memory = {
      atMs: state.clockMs,
      startedMs: vm.startedMs,
      procs: vm.procs.map((p) => ({ ...p })),
      serial: structuredClone(vm.serial),
      bootPlan: vm.bootPlan.map((s) => ({ ...s })),
      bootLog: vm.bootLog.map((l) => ({ ...l })),
      guestUsedMiB: vm.guestUsedMiB,
      touchedMiB: vm.touchedMiB,
    };
  if (diskOnly) {
    snap.overlay = { path: overlayPath(vm.disk.path, name), base: vm.disk.path };
    vm.disk = { ...vm.disk, path: snap.overlay.path };
  }
  vm.snapshots = [...(vm.snapshots ?? []), snap];
  vm.currentSnapshot = name;
  return snap;
}

/**
 * Reverts to an internal snapshot: the disk as it was; a memory snapshot resumes the guest where it was (in the
 * same qemu if one runs), a shut-off one leaves the domain shut off (virsh(1), "snapshot-revert").
 */
export function revertSnapshot(state: SimState, vm: Vm, snap: VmSnapshot): void {
  vm.files = new Map(snap.files);
  vm.currentSnapshot = snap.name;
  const mem = snap.memory;
  if (!mem) {
    if (vm.running) stopVm(state, vm);
    return;
  }
  if (!vm.running && hostOf(vm) === LOCAL_HOST) startVmProcess(state, vm);
  // The guest's own clock resumes from the snapshot: everything it had scheduled moves by the time since.
  const shift = state.clockMs - mem.atMs;
  vm.running = true;
  vm.pausedAtMs = snap.state === 'paused' ? state.clockMs : null;
  vm.startedMs = mem.startedMs + shift;
  vm.bootPlan = mem.bootPlan.map((s) => ({ ...s, atMs: s.atMs + shift }));
  vm.bootLog = mem.bootLog.map((l) => ({ ...l, atMs: l.atMs + shift }));
  vm.procs = mem.procs.map((p) => ({
    ...p,
    startMs: p.startMs + shift,
    ...(p.endsAtMs !== undefined ? { endsAtMs: p.endsAtMs + shift } : {}),
  }));
  vm.serial = structuredClone(mem.serial);
  vm.guestUsedMiB = mem.guestUsedMiB;
  vm.touchedMiB = Math.max(vm.touchedMiB, mem.touchedMiB);
}

/**
 * Deletes a snapshot: its children move up to its parent; an external one is first merged back (a block commit
 * of the overlay into the disk it froze), so the domain writes to the original file again.
 */
export function deleteSnapshot(vm: Vm, snap: VmSnapshot): void {
  const list = vm.snapshots ?? [];
  for (const s of list) if (s.parent === snap.name) s.parent = snap.parent;
  if (snap.overlay && vm.disk.path === snap.overlay.path) vm.disk = { ...vm.disk, path: snap.overlay.base };
  vm.snapshots = list.filter((s) => s !== snap);
  if (vm.currentSnapshot === snap.name) vm.currentSnapshot = snap.parent;
}

/** Children (direct) and descendants (all) of a snapshot, as snapshot-info counts them. */
export function familyOf(vm: Vm, name: string): { children: number; descendants: number } {
  const list = vm.snapshots ?? [];
  const kids = (n: string) => list.filter((s) => s.parent === n);
  let descendants = 0;
  const walk = (n: string): void => {
    for (const k of kids(n)) {
      descendants++;
      walk(k.name);
    }
  };
  walk(name);
  return { children: kids(name).length, descendants };
}
