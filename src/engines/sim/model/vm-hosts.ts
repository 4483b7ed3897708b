/**
 * The second libvirt host. `host-b` is a second Debian host next to this one, reachable as
 * qemu+ssh://host-b/system (SSH keys already exchanged) and mounting the same NFS share at
 * /var/lib/libvirt/images, so a live migration needs to copy only RAM: libvirt migrates disks too only with
 * --copy-storage-all (virsh(1), "migrate"). Only its libvirt domains are modelled, not a shell on it.
 */
import type { SimState, Vm } from './types';

/** This host's name as libvirt URIs use it, and the second host's. */
export const LOCAL_HOST = 'host';
export const HOST_B = 'host-b';

/** Where a domain runs (or, shut off, is defined). */
export function hostOf(vm: Vm): string {
  return vm.host ?? LOCAL_HOST;
}

/** The domains a libvirt host knows: its own, and inactive copies left there by a migration. */
export function domainsOn(state: SimState, host: string): Vm[] {
  return state.vms.filter((v) => hostOf(v) === host || (v.alsoDefinedOn ?? []).includes(host));
}

/** True when `vm` is known on `host` only as an inactive definition (the running copy is elsewhere). */
export function staleCopy(vm: Vm, host: string): boolean {
  return hostOf(vm) !== host;
}

/** A domain on `host` by name, UUID or (running there) Id, as virsh looks one up. */
export function findDomain(state: SimState, host: string, key: string): Vm | undefined {
  return domainsOn(state, host).find(
    (v) => v.name === key || v.uuid === key || (!staleCopy(v, host) && v.id !== null && String(v.id) === key),
  );
}

/** The next domain Id on `host`: libvirt numbers the domains it starts from 1, per host. */
export function nextIdOn(state: SimState, host: string): number {
  if (host === LOCAL_HOST) return state.nextVmId++;
  return Math.max(0, ...state.vms.filter((v) => hostOf(v) === host).map((v) => v.id ?? 0)) + 1;
}

/**
 * A transient domain that stopped is gone (libvirt keeps no definition of it); an inactive copy left on another
 * host by a migration then is the domain again.
 */
export function settleTransient(state: SimState, vm: Vm): void {
  if (vm.running || vm.persistent !== false) return;
  const [home, ...rest] = vm.alsoDefinedOn ?? [];
  if (home === undefined) {
    state.vms = state.vms.filter((v) => v !== vm);
    return;
  }
  vm.host = home === LOCAL_HOST ? undefined : home;
  vm.alsoDefinedOn = rest;
  vm.persistent = true;
}
