/**
 * A VM's serial console as the session sees it once `virsh console` attached: Ctrl+] (the byte 0x1d) detaches,
 * whatever runs in the guest; with nobody logged in, getty and login read the lines (a name, then a password that
 * is not echoed); a paused guest reads nothing. A shell logged in there runs lines as any shell does.
 */
import { gettyIssue, loginPrompt, profilePs1 } from '../model/guest-boot';
import { loginOnSerial } from '../model/serial-login';
import type { Vm } from '../model/types';
import type { ShellCore } from './exec';
import { serialShellOf, vmFrame } from './frames';
import type { OutputBuffer } from './output';
import type { Frame } from './types';

/** virsh console's escape character, Ctrl+] (virsh `-e` changes it; the course keeps the default). */
export const CONSOLE_ESCAPE = '\x1d';

/**
 * Delay before login says `Login incorrect`: 3 s both in Debian (/etc/pam.d/login: pam_faildelay delay=3000000)
 * and in BusyBox login (LOGIN_FAIL_DELAY 3).
 */
const FAIL_DELAY_MS = 3000;
/** Attempts before login gives up and getty starts again: Debian's login.defs LOGIN_RETRIES 5, BusyBox's 3. */
const RETRIES = { gnu: 5, busybox: 3 } as const;

/** Debian's /etc/motd, which login prints after /etc/update-motd.d/10-uname's `uname -snrvm` line. */
const DEBIAN_MOTD = `
The programs included with the Debian GNU/Linux system are free software;
the exact distribution terms for each program are described in the
individual files in /usr/share/doc/*/copyright.

Debian GNU/Linux comes with ABSOLUTELY NO WARRANTY, to the extent
permitted by applicable law.
`;

/** The attached console: the index of its serial frame and its VM; null when no console is attached. */
function attached(core: ShellCore): { at: number; vm: Vm } | null {
  for (let i = core.frames.length - 1; i >= 0; i--) {
    const f = core.frames[i] as Frame;
    if (!f.serial || f.env.kind !== 'vm') continue;
    const name = f.env.name;
    const vm = core.sim.state.vms.find((v) => v.name === name);
    return vm ? { at: i, vm } : null;
  }
  return null;
}

/** True while a console is attached (the terminal then hands Ctrl+] to the session). */
export function consoleAttached(core: ShellCore): boolean {
  return attached(core) !== null;
}

/** The prompt the console shows instead of a shell's, or null when a running shell prompts itself. */
export function consolePrompt(core: ShellCore): string | null {
  const a = attached(core);
  if (!a) return null;
  if (a.vm.pausedAtMs !== null) return ''; // a paused guest prints nothing
  if (a.at !== core.frames.length - 1) return null;
  return a.vm.serial.pendingUser !== null ? 'Password: ' : loginPrompt(a.vm);
}

/** False while login reads a password: the terminal must not show what is typed. */
export function consoleEchoes(core: ShellCore): boolean {
  const a = attached(core);
  return !(a && a.at === core.frames.length - 1 && a.vm.serial.pendingUser !== null);
}

/**
 * Handles a line the console (not a shell) consumes: the escape byte, a line to a paused guest, or getty's and
 * login's input. Returns the exit status to report, or null when a shell on the console should run the line.
 */
export function consoleInput(core: ShellCore, line: string, out: OutputBuffer): number | null {
  const a = attached(core);
  if (!a) return null;
  if (line.includes(CONSOLE_ESCAPE)) {
    detach(core, a.at, a.vm);
    return (core.lastExit = 0); // virsh console exits 0 when you leave with its escape key
  }
  // Typed while paused, the bytes wait in the pty until the guest runs again; the course drops them (simplification).
  if (a.vm.pausedAtMs !== null) return core.lastExit;
  if (a.at !== core.frames.length - 1) return null;
  loginInput(core, a.vm, line, out);
  return core.lastExit;
}

/** Leaves the console: the host's `virsh console` returns; the guest keeps any shell logged in there. */
function detach(core: ShellCore, at: number, vm: Vm): void {
  vm.serial.shells = core.frames.slice(at + 1).map(serialShellOf);
  core.frames.length = at;
}

/** getty takes a name, then login asks for its password and starts the account's shell, or refuses. */
function loginInput(core: ShellCore, vm: Vm, line: string, out: OutputBuffer): void {
  const serial = vm.serial;
  if (serial.pendingUser === null) {
    if (line.trim() !== '') serial.pendingUser = line.trim(); // an empty line: getty asks again
    return;
  }
  const account = vm.accounts.find((x) => x.user === serial.pendingUser);
  serial.pendingUser = null;
  if (account && account.password !== null && line === account.password) {
    serial.failures = 0;
    startLoginShell(core, vm, account, out);
    return;
  }
  // A locked account, an unknown name and a wrong password look the same, so login gives nothing away.
  core.sim.state.clockMs += FAIL_DELAY_MS;
  const busybox = vm.os.userland === 'busybox';
  serial.failures++;
  if (serial.failures >= RETRIES[busybox ? 'busybox' : 'gnu']) {
    serial.failures = 0;
    out.write(`${busybox ? 'Login incorrect\n' : '\nLogin incorrect\n'}${gettyIssue(vm)}`, FAIL_DELAY_MS);
  } else out.write(busybox ? 'Login incorrect\n' : 'Login incorrect\n\n', FAIL_DELAY_MS);
}

/** login's greeting and the account's shell on ttyS0 (bash on Debian; BusyBox sh with /etc/profile's PS1 on CirrOS). */
function startLoginShell(core: ShellCore, vm: Vm, account: Vm['accounts'][number], out: OutputBuffer): void {
  const gnu = vm.os.userland === 'gnu';
  if (gnu) out.write(`Linux ${vm.hostname} ${vm.kernel.release} ${vm.kernel.build} x86_64\n${DEBIAN_MOTD}`);
  const pid = loginOnSerial(core.sim.state, vm, account.uid);
  const vars: Array<[string, string]> = [['HOSTNAME', vm.hostname]];
  const ps1 = profilePs1(vm, account.uid);
  if (ps1 !== undefined) vars.push(['PS1', ps1]);
  const shell = gnu ? 'bash' : 'sh';
  core.frames.push(
    vmFrame(vm, { pid, uid: account.uid, user: account.user, home: account.home, cwd: account.home, shell, vars }),
  );
}
