/**
 * Who runs on a guest's ttyS0. getty waits for a name; on Debian it then execs util-linux login, which
 * authenticates and forks the shell (login stays as its parent); BusyBox login execs the shell in getty's own
 * process. When the shell ends, init starts a fresh getty there.
 */
import type { Proc, SimState, Vm } from './types';

/** getty as each guest's init starts it on ttyS0 (systemd's serial-getty@ttyS0; CirrOS's /etc/inittab). */
function gettyProc(state: SimState, vm: Vm, pid: number): Proc {
  const gnu = vm.os.userland === 'gnu';
  return {
    pid,
    ppid: 1,
    uid: 0,
    comm: gnu ? 'agetty' : 'getty',
    args: gnu
      ? '/sbin/agetty -o -- \\u --noreset --noclear --keep-baud 115200,57600,38400,9600 - vt220'
      : '/sbin/getty -L 115200 ttyS0 vt100',
    rssKiB: gnu ? 2100 : 700,
    vszKiB: gnu ? 8400 : 2800,
    startMs: state.clockMs,
    tty: 'ttyS0',
    ns: state.hostNs,
    cgroup: gnu ? '/system.slice/system-serial\\x2dgetty.slice/serial-getty@ttyS0.service' : '/',
  };
}

/** The next PID the guest kernel hands out (above its boot-time services). */
function nextGuestPid(vm: Vm): number {
  return Math.max(...vm.procs.map((p) => p.pid), 900) + 1;
}

/** Logs `uid` in on ttyS0 and returns the PID of its login shell (`-bash` or `-sh`). */
export function loginOnSerial(state: SimState, vm: Vm, uid: number): number {
  const gnu = vm.os.userland === 'gnu';
  const getty = vm.procs.find((p) => p.tty === 'ttyS0' && p.comm.endsWith('getty'));
  const user = vm.accounts.find((a) => a.uid === uid)?.user ?? String(uid);
  const shell = {
    uid,
    comm: gnu ? 'bash' : 'sh',
    args: gnu ? '-bash' : '-sh',
    rssKiB: gnu ? 4200 : 900,
    vszKiB: 8000,
    startMs: state.clockMs,
    tty: 'ttyS0',
    ns: state.hostNs,
    cgroup: gnu ? `/user.slice/user-${uid}.slice/session-1.scope` : '/',
  };
  if (getty && !gnu) {
    Object.assign(getty, shell); // BusyBox login execs the shell: same PID as getty
    vm.serial.loginPid = getty.pid;
    return getty.pid;
  }
  if (getty) Object.assign(getty, { comm: 'login', args: `login -- ${user}` });
  const pid = nextGuestPid(vm);
  vm.procs.push({ pid, ppid: getty?.pid ?? 1, ...shell });
  vm.serial.loginPid = pid;
  return pid;
}

/** The login shell on ttyS0 ended: it and login go, and init starts a new getty, which waits for a name. */
export function logoutOnSerial(state: SimState, vm: Vm, shellPid: number): void {
  const shell = vm.procs.find((p) => p.pid === shellPid);
  vm.procs = vm.procs.filter((p) => p.pid !== shellPid && !(p.pid === shell?.ppid && p.comm === 'login'));
  vm.procs.push(gettyProc(state, vm, nextGuestPid(vm)));
  vm.serial = { loginPid: null, shells: [], pendingUser: null, failures: 0 };
}
