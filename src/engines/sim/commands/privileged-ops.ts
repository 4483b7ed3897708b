/** `reboot`: needs CAP_SYS_BOOT; a container may not reboot the kernel it shares; a VM's guest reboots itself. */
import { rebootVm } from '../model/vm-power';
import type { Command } from '../shell/types';
import { viewOf } from '../shell/view';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';
import { streamBoot } from './virsh/console';

/** systemd's and BusyBox's reboot options: every one changes how the machine goes down. */
const REBOOT: OptSpec = {
  unsimulated: [
    '-f',
    '--force',
    '-p',
    '--poweroff',
    '--halt',
    '-w',
    '--wtmp-only',
    '-d',
    '--no-wtmp',
    '--no-wall',
    '-n',
  ],
};

/** `reboot`: refused in a container and for a user; a guest reboots; the course host does not. */
export const reboot: Command = {
  name: 'reboot',
  usage: 'reboot',
  summary: 'reboot the machine',
  surface: surfaceOf(REBOOT),
  run(argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    const bad = optionError(ctx, 'reboot', parseOpts(argv.slice(1), REBOOT), { busybox: v.os.userland === 'busybox' });
    if (bad !== null) return bad;
    if (v.kind === 'container' || ctx.uid !== 0) {
      // systemd refuses a user over D-Bus; BusyBox's reboot signals init, which a user may not do.
      ctx.err(
        v.kind === 'container' || v.os.userland === 'busybox'
          ? 'reboot: Operation not permitted\n'
          : 'Call to Reboot failed: Access denied\n',
      );
      return 1;
    }
    if (v.kind === 'host' || !v.vm)
      return notSimulated(ctx, 'reboot', 'The course host stays up; try it on a real Linux machine.');
    // The guest goes down and boots again in the same qemu; its console (this one) shows it to the login prompt.
    rebootVm(ctx.sim.state, ctx.sim.rng, v.vm);
    streamBoot(ctx, v.vm);
    return 0;
  },
};
