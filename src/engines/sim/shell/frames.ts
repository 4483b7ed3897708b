/** Shell frames for each environment, and what happens to a shell's process when it exits. */
import { findContainer, stopContainer } from '../model/containers';
import { containerUser } from '../model/container-user';
import { endHostProcess } from '../model/fork';
import { reap } from '../model/procs';
import { logoutOnSerial } from '../model/serial-login';
import type { Container, Proc, SerialShell, Sim, Vm } from '../model/types';
import type { Frame } from './types';

/** Deepest stack of nested shells we allow; each level is a real frame a learner must `exit`. */
export const MAX_FRAMES = 32;

/** The learner's login shell on the host. */
export function hostFrame(sim: Sim): Frame {
  const bash = sim.state.procs.find((p) => p.comm === 'bash' && p.uid === 1000);
  const pid = bash?.pid ?? 1;
  return {
    env: { kind: 'host' },
    shell: 'bash',
    uid: 1000,
    user: 'learner',
    home: '/home/learner',
    cwd: '/home/learner',
    vars: new Map([
      ['HOSTNAME', 'host'],
      ['SHELL', '/bin/bash'],
      ['PATH', '/usr/local/bin:/usr/bin:/bin'],
    ]),
    shellPid: pid,
    shellHostPid: pid,
    promptHost: sim.state.hostname,
  };
}

/**
 * A root shell inside a container, run by `proc` (PID 1 for `docker run -it`, another for `docker exec`); `dash`
 * for `sh` in an image whose /bin/sh is dash (Debian, Ubuntu).
 */
export function containerFrame(
  c: Container,
  proc: Pick<Proc, 'pid' | 'nsPid'>,
  shell: 'bash' | 'sh',
  dash = false,
): Frame {
  const vars = new Map([
    ['HOSTNAME', c.hostname],
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  ]);
  for (const kv of c.config.env) vars.set(kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1));
  // --user: a uid the image's passwd does not name has no name (bash's prompt says "I have no name!").
  const who = containerUser(c);
  return {
    env: { kind: 'container', id: c.id },
    shell,
    uid: who.uid,
    user: who.name || String(who.uid),
    home: who.uid === 0 ? '/root' : '/',
    cwd: c.config.workdir || '/',
    vars,
    shellPid: proc.nsPid ?? 1,
    shellHostPid: proc.pid,
    promptHost: c.hostname,
    ...(dash ? { dash: true as const } : {}),
  };
}

/** A VM's serial console itself (`virsh console`): no shell runs here; the guest's getty and login read the lines. */
export function serialFrame(vm: Vm): Frame {
  return {
    env: { kind: 'vm', name: vm.name },
    shell: 'sh',
    uid: 0,
    user: 'root',
    home: '/',
    cwd: '/',
    vars: new Map(),
    shellPid: 0,
    shellHostPid: 0,
    serial: true,
  };
}

/** A shell logged in on a VM's serial console. */
export function vmFrame(vm: Vm, sh: SerialShell): Frame {
  return {
    env: { kind: 'vm', name: vm.name },
    shell: sh.shell,
    uid: sh.uid,
    user: sh.user,
    home: sh.home,
    cwd: sh.cwd,
    vars: new Map(sh.vars),
    shellPid: sh.pid,
    shellHostPid: 0,
  };
}

/** What the guest keeps of a console shell while nobody is attached: its process, user, directory, variables. */
export function serialShellOf(f: Frame): SerialShell {
  return {
    pid: f.shellPid,
    uid: f.uid,
    user: f.user,
    home: f.home,
    cwd: f.cwd,
    shell: f.shell,
    vars: [...f.vars],
  };
}

/** `virsh console`: the shells the learner left logged in on the console, as they were (if still running). */
export function consoleShellFrames(vm: Vm): Frame[] {
  const shells = vm.serial.shells.filter((sh) => vm.procs.some((p) => p.pid === sh.pid));
  vm.serial.shells = [];
  return shells.map((sh) => vmFrame(vm, sh));
}

/** `exit`: the frame's shell process ends; if it was a container's PID 1, the container exits too. */
export function endShell(sim: Sim, frame: Frame, code: number): void {
  const env = frame.env;
  if (env.kind === 'container') {
    const c = findContainer(sim.state, env.id);
    const proc = sim.state.procs.find((p) => p.pid === frame.shellHostPid);
    if (c && proc?.nsPid === 1) stopContainer(sim.state, c, code);
    else reap(sim.state, (p) => p.pid === frame.shellHostPid);
  } else if (env.kind === 'vm') {
    const vm = sim.state.vms.find((v) => v.name === env.name);
    // The login shell on ttyS0 ended: login goes too and init starts a fresh getty there.
    if (vm?.serial.loginPid === frame.shellPid) logoutOnSerial(sim.state, vm, frame.shellPid);
    else if (vm) vm.procs = vm.procs.filter((p) => p.pid !== frame.shellPid);
  } else if (frame.shellHostPid !== sim.state.procs.find((p) => p.comm === 'bash' && p.uid === 1000)?.pid) {
    endHostProcess(sim.state, frame.shellHostPid);
  }
}
