/**
 * virt-clone (virt-manager's virtinst/cloner.py): a new domain from a shut-off or paused one, with a new name,
 * UUID and MAC address and a copy of its disk; nothing inside the guest changes (its host name stays).
 */
import type { Rng } from '../rng';
import { poweredOff, uuidFrom } from './host';
import type { Vm } from './types';

/** The clone's disk path: the original's with its name replaced by the clone's (cloner.py's generate_clone_disk_path). */
export function cloneDiskPath(orig: Vm, name: string): string {
  const dir = orig.disk.path.slice(0, orig.disk.path.lastIndexOf('/') + 1);
  const base = orig.disk.path.slice(dir.length);
  const ext = /\.[^.]+$/.exec(base)?.[0] ?? '';
  return `${dir}${base.includes(orig.name) ? base.replace(orig.name, name) : `${base.slice(0, base.length - ext.length)}-clone${ext}`}`;
}

/** The new domain: the original's definition and disk contents, shut off, with no snapshots. */
export function cloneVm(rng: Rng, orig: Vm, name: string, diskPath: string): Vm {
  // Its last job, a pending reboot and the host it ran on belong to the original's run, not to its definition.
  const { lastJob: _job, rebootPending: _reboot, host: _host, ...definition } = orig;
  return {
    ...definition,
    name,
    uuid: uuidFrom(rng),
    id: null,
    kernel: { ...orig.kernel },
    accounts: orig.accounts.map((a) => ({ ...a })),
    disk: { ...orig.disk, path: diskPath },
    ...poweredOff(),
    consoleAttaches: 0,
    files: new Map(orig.files),
    snapshots: [],
    currentSnapshot: null,
    alsoDefinedOn: [],
    persistent: true,
  };
}
