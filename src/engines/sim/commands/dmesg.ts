/**
 * `dmesg`: the ring buffer of the kernel you are on. The host's holds its boot and what happened since (a VM's
 * start); a guest's is its own boot. Debian and Ubuntu kernels set kernel.dmesg_restrict=1, so reading it needs
 * CAP_SYSLOG: the learner gets EPERM, `sudo dmesg` works, and so does root in a guest; a container's root lacks
 * CAP_SYSLOG unless `--privileged` or `--cap-add SYSLOG` (then it reads the HOST's buffer: there is one kernel).
 */
import { hostKernelMessages, HOST_UPTIME_AT_START_MS } from '../model/kernel-log';
import type { Vm } from '../model/types';
import type { Command, Ctx } from '../shell/types';
import { viewOf } from '../shell/view';
import { holds } from './caps-held';
import { optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** util-linux 2.41 dmesg's options: -t, -k and -T are modelled; BusyBox's are -c, -n, -s and -r. */
const SPEC: OptSpec = {
  flags: { '-t': 't', '--notime': 't', '-k': 'k', '--kernel': 'k', '-T': 'T', '--ctime': 'T' },
  unsimulated: [
    '-C', '--clear', '-c', '--read-clear', '-D', '--console-off', '-E', '--console-on', '-F', '--file', '-f',
    '--facility', '-H', '--human', '-J', '--json', '-L', '--color', '-l', '--level', '-n', '--console-level', '-P',
    '--nopager', '-p', '--force-prefix', '-r', '--raw', '-S', '--syslog', '-s', '--buffer-size', '-u', '--userspace',
    '-w', '--follow', '-W', '--follow-new', '-x', '--decode', '-d', '--show-delta', '-e', '--reltime', '--since',
    '--until', '--time-format', '--noescape', '-h', '--help', '-V', '--version',
  ],
}; // prettier-ignore
const BUSYBOX_SPEC: OptSpec = { unsimulated: ['-c', '-n', '-s', '-r'] };

/** A guest's buffer: the kernel lines of its current boot (the console also shows init's own messages). */
function guestLog(vm: Vm, nowMs: number): Array<{ offsetMs: number; text: string }> {
  const kernelStart = vm.bootPlan.find((s) => s.stage === 'kernel')?.atMs ?? vm.startedMs;
  return vm.bootLog
    .filter((l) => l.atMs >= kernelStart && l.atMs <= nowMs)
    .flatMap((l) => {
      const m = /^\[ *(\d+)\.(\d{6})\] (.*)$/s.exec(l.text);
      return m ? [{ offsetMs: Number(m[1]) * 1000 + Number(m[2]) / 1000, text: m[3] as string }] : [];
    });
}

/** `[Thu Nov 20 09:00:00 2025]`, as -T prints a message's time (the host's clock is UTC). */
function ctime(ms: number): string {
  const d = new Date(ms);
  const [wd, day, mon, year, time] = d.toUTCString().replace(',', '').split(' '); // "Wed 19 Nov 2025 09:00:00 GMT"
  return `[${wd} ${mon} ${String(Number(day)).padStart(2)} ${time} ${year}]`;
}

/** `dmesg [-t|-T] [-k]`. */
export const dmesg: Command = {
  name: 'dmesg',
  usage: 'dmesg [-t|-T] [-k]',
  summary: 'print the kernel ring buffer',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    const busybox = v.os.userland === 'busybox';
    const p = parseOpts(argv.slice(1), busybox ? BUSYBOX_SPEC : SPEC);
    const bad = optionError(ctx, 'dmesg', p, { busybox });
    if (bad !== null) return bad;
    if (p.args.length && !busybox) {
      ctx.err(`dmesg: bad usage\nTry 'dmesg --help' for more information.\n`);
      return 1;
    }
    if (!holds(ctx, 'SYSLOG')) {
      ctx.err(
        busybox
          ? 'dmesg: klogctl: Operation not permitted\n'
          : 'dmesg: read kernel buffer failed: Operation not permitted\n',
      );
      return 1;
    }
    ctx.out(render(ctx, p.opts.t === true, p.opts.T === true));
    return 0;
  },
};

/** The buffer's lines with `[seconds.micros]`, a wall-clock time (-T) or no time (-t). */
function render(ctx: Ctx, noTime: boolean, wallClock: boolean): string {
  const state = ctx.sim.state;
  const vm = viewOf(ctx.sim, ctx.frame.env).vm;
  const lines = vm ? guestLog(vm, vm.pausedAtMs ?? state.clockMs) : hostKernelMessages(state);
  const bootMs = vm
    ? state.epochMs + (vm.bootPlan.find((s) => s.stage === 'kernel')?.atMs ?? vm.startedMs)
    : state.epochMs - HOST_UPTIME_AT_START_MS;
  return lines
    .map(({ offsetMs, text }) => {
      if (noTime) return `${text}\n`;
      if (wallClock) return `${ctime(bootMs + offsetMs)} ${text}\n`;
      return `[${(offsetMs / 1000).toFixed(6).padStart(12)}] ${text}\n`;
    })
    .join('');
}
