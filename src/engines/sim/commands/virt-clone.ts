/**
 * `virt-clone` (virt-manager; virtinst/virtclone.py and cloner.py): copies a shut-off or paused domain under a
 * new name, with a new UUID, MAC address and disk file. Errors go through virtinst's `fail`: `ERROR    ` and
 * the message, exit 1.
 */
import { cloneDiskPath, cloneVm } from '../model/vm-clone';
import { domainsOn, hostOf, LOCAL_HOST } from '../model/vm-hosts';
import type { Command, Ctx } from '../shell/types';
import { HINT, notSimulated } from './honesty';

/** Options virt-clone has that the course does not model. */
const UNSIMULATED = ['--original-xml', '--reflink', '--force-copy', '--skip-copy', '--nonsparse', '--preserve-data',
  '--nvram', '-m', '--mac', '--print-xml', '--replace', '--check', '-d', '--debug', '-q', '--quiet', '--noautoconsole',
  '--prompt', '--force', '-u', '--uuid', '--version']; // prettier-ignore
/** Options that take a value, by every spelling. */
const VALUED: Record<string, string> = {
  '-o': 'original', '--original': 'original', '-n': 'name', '--name': 'name', '-f': 'file', '--file': 'file',
  '--connect': 'connect', '-c': 'connect',
}; // prettier-ignore

/** virtinst's failure: logged at ERROR level (`%(levelname)-8s %(message)s`), exit 1. */
function fail(ctx: Ctx, message: string): number {
  ctx.err(`ERROR    ${message}\n`);
  return 1;
}

/** Copy time of the disk file: qcow2 copied sparse at 500 MiB/s, a representative SSD (not from FACTS). */
const COPY_MIB_PER_S = 500;

/** `virt-clone --original NAME [--name NEW] (--auto-clone | --file PATH)`. */
export const virtClone: Command = {
  name: 'virt-clone',
  usage: 'virt-clone --original NAME --name NEW --auto-clone',
  summary: 'copy a shut-off libvirt domain under a new name',
  surface: {
    supported: [
      '--original web-vm --auto-clone',
      '-o web-vm -n x --auto-clone',
      '--original web-vm --name x --file /var/lib/libvirt/images/x.qcow2',
    ],
    notSimulated: UNSIMULATED,
  },
  run(argv, ctx) {
    const o: Record<string, string> = {};
    let auto = false;
    for (let i = 1; i < argv.length; i++) {
      const raw = argv[i] as string;
      const [flag, inline] = raw.startsWith('--')
        ? (raw.split(/=(.*)/s, 2) as [string, string | undefined])
        : [raw, undefined];
      if (UNSIMULATED.includes(flag)) return notSimulated(ctx, `virt-clone ${flag}`, HINT.libvirt);
      if (flag === '--auto-clone') auto = true;
      else if (VALUED[flag] !== undefined) {
        const value = inline ?? argv[++i];
        if (value === undefined) {
          ctx.err(
            `usage: virt-clone --original [NAME] ...\nvirt-clone: error: argument ${flag}: expected one argument\n`,
          );
          return 2;
        }
        o[VALUED[flag]] = value;
      } else {
        ctx.err(`usage: virt-clone --original [NAME] ...\nvirt-clone: error: unrecognized arguments: ${raw}\n`);
        return 2;
      }
    }
    if (o.connect !== undefined && o.connect !== 'qemu:///system')
      return notSimulated(ctx, `virt-clone --connect ${o.connect}`, HINT.libvirt, 'only qemu:///system is modelled');
    if (o.file === undefined && !auto)
      return fail(ctx, "Either --auto-clone or --file is required, use '--auto-clone or --file' and try again.");
    if (o.original === undefined)
      return fail(ctx, "An original machine name is required, use '--original src_name' and try again.");
    const state = ctx.sim.state;
    const local = domainsOn(state, LOCAL_HOST);
    const orig = local.find((v) => v.name === o.original);
    if (!orig) return fail(ctx, `Domain '${o.original}' was not found.`);
    const name = o.name ?? (auto ? `${orig.name}-clone` : undefined);
    if (name === undefined)
      return fail(ctx, "A name is required for the new virtual machine, use '--name NEW_VM_NAME' to specify one.");
    if (state.vms.some((v) => v.name === name))
      return fail(ctx, `Invalid name for new guest: Guest name '${name}' is already in use.`);
    // The copy reads a disk nothing writes to: libvirt's domain must be shut off here or paused (cloner.py).
    if (hostOf(orig) === LOCAL_HOST && orig.running && orig.pausedAtMs === null)
      return fail(ctx, 'Domain with devices to clone must be paused or shutoff.');
    const path = o.file ?? cloneDiskPath(orig, name);
    const secs = Math.max(1, Math.round(orig.disk.fileMiB / COPY_MIB_PER_S));
    const gb = Math.round(orig.disk.virtualMiB / 1024);
    ctx.advance(secs * 1000);
    const file = path.slice(path.lastIndexOf('/') + 1);
    ctx.out(
      `Allocating '${file}'`.padEnd(60) +
        ` | ${String(gb).padStart(3)} GB  00:00:${String(secs).padStart(2, '0')}     \n`,
      0,
    );
    state.vms.push(cloneVm(ctx.sim.rng, orig, name, path));
    ctx.out(`\nClone '${name}' created successfully.\n`);
    return 0;
  },
};
