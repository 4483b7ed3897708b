/**
 * Real programs, shell builtins and keywords the course does not model, per environment, so that
 * typing one answers "not simulated" instead of the false "command not found". These are hand-kept
 * lists of what a Debian 13 host (with Docker, libvirt and QEMU), a slim Debian/Ubuntu image, a
 * BusyBox userland (Alpine, busybox, CirrOS) and a Debian guest certainly ship; a name on none of them
 * still gets the shell's own "command not found". Commands the course models are looked up first.
 */
import type { OsInfo } from '../model/types';

/**
 * Keywords and builtins of both bash and BusyBox ash that the simulator does not run. The shell core
 * runs for/while/until/if, `{ }`, `!`, break/continue, and the builtins test/[, kill, jobs, wait, type,
 * unset, source/. (see interp.ts and commands/); `esac` alone is a syntax error there as in bash.
 */
const SHELL = [
  'case', 'alias', 'unalias', 'set', 'trap', 'umask', 'ulimit', 'shift', 'local',
  'return', 'exec', 'getopts', 'hash', 'fg', 'bg', 'times', 'readonly',
]; // prettier-ignore
/** Keywords and builtins only bash has. */
const BASH = [
  'select', 'function', '[[', '((', 'declare', 'typeset', 'let', 'pushd', 'popd', 'dirs', 'shopt',
  'complete', 'compgen', 'fc', 'disown', 'caller', 'builtin', 'enable', 'mapfile', 'readarray', 'suspend',
  'coproc', 'bind',
]; // prettier-ignore

/** coreutils, findutils, sed, tar, gzip, diffutils, util-linux, debianutils, dpkg/apt: in every Debian-based image. */
const GNU_BASE = [
  'cp', 'mv', 'ln', 'chmod', 'chown', 'chgrp', 'stat', 'du', 'sort', 'uniq', 'cut', 'tr', 'tee', 'seq', 'nproc',
  'basename', 'dirname', 'realpath', 'md5sum', 'sha256sum', 'base64', 'yes', 'tac', 'nl', 'od',
  'split', 'paste', 'join', 'comm', 'fold', 'shuf', 'timeout', 'nohup', 'nice', 'printenv', 'tty', 'stty', 'who',
  'groups', 'install', 'mktemp', 'truncate', 'sync', 'dd', 'mknod', 'mkfifo', 'unlink', 'expr',
  'find', 'xargs', 'awk', 'gzip', 'gunzip', 'zcat', 'diff', 'cmp', 'findmnt',
  'lsblk', 'lscpu', 'umount', 'su', 'more', 'setsid', 'taskset', 'renice', 'prlimit',
  'flock', 'getopt', 'logger', 'rev', 'whereis', 'mountpoint', 'dpkg', 'apt', 'apt-get', 'apt-cache', 'passwd',
  'login', 'tput', 'reset',
]; // prettier-ignore
/** procps, kmod, systemd and the usual tools of a full Debian system (host or guest). */
const DEBIAN_SYSTEM = [
  'top', 'pkill', 'pgrep', 'pidof', 'uptime', 'w', 'vmstat', 'watch', 'pmap', 'systemctl', 'journalctl',
  'hostnamectl', 'timedatectl', 'loginctl', 'modprobe', 'insmod', 'rmmod', 'modinfo',
  'ss', 'bridge', 'ssh', 'scp', 'less', 'vi', 'nano', 'man',
]; // prettier-ignore
/** The course host also runs Docker (with containerd and runc), libvirt and QEMU. */
// prettier-ignore
const HOST_ONLY = [
  'dockerd',
  'containerd',
  'ctr',
  'runc',
  'qemu-img',
  'qemu-system-x86_64',
  'virt-host-validate',
];
/** BusyBox applets Alpine's and the busybox image's builds both have. */
const BUSYBOX = [
  'awk', 'base64', 'basename', 'chgrp', 'chmod', 'chown', 'cmp', 'cp', 'cut', 'dd', 'diff', 'dirname',
  'du', 'expr', 'find', 'getopt', 'gunzip', 'gzip', 'hexdump', 'ifconfig', 'install', 'killall',
  'less', 'ln', 'md5sum', 'mkfifo', 'mknod', 'mktemp', 'modprobe', 'more', 'mv', 'nc', 'netstat', 'nice',
  'nl', 'nohup', 'nproc', 'nslookup', 'od', 'pgrep', 'pidof', 'pkill', 'printenv', 'realpath',
  'renice', 'rev', 'route', 'seq', 'sha256sum', 'sort', 'split', 'stat', 'stty', 'su', 'sync',
  'tac', 'tee', 'timeout', 'top', 'tr', 'traceroute', 'tty', 'umount', 'uniq', 'uptime', 'vi', 'watch',
  'xargs', 'yes', 'zcat',
]; // prettier-ignore

/** Where a name is looked up: the kind of machine and its userland. */
export interface Place {
  kind: 'host' | 'vm' | 'container';
  os: OsInfo;
}

/** The program lists that apply at `place`. */
function programLists(place: Place): string[][] {
  const { kind, os } = place;
  // Alpine adds its package manager (apk-tools) to BusyBox; the busybox image and CirrOS have none.
  if (os.userland === 'busybox') return os.id === 'alpine' ? [BUSYBOX, ['apk']] : [BUSYBOX];
  if (os.userland === 'scratch') return [];
  if (kind === 'host') return [GNU_BASE, DEBIAN_SYSTEM, HOST_ONLY];
  return kind === 'vm' ? [GNU_BASE, DEBIAN_SYSTEM] : [GNU_BASE];
}

/** Every name `knownProgram` answers for at `place` (for the test that walks them). */
export function knownNames(place: Place, shell?: 'bash' | 'sh'): string[] {
  const builtins = shell ? [...SHELL, ...(shell === 'bash' ? BASH : [])] : [];
  return [...new Set([...builtins, ...programLists(place).flat()])];
}

/**
 * What a real name is at `place`, or undefined (then "command not found" is the truth). With `shell`
 * its builtins and keywords count too; without (docker run/exec call a program directly) they do not.
 */
export function knownProgram(place: Place, name: string, shell?: 'bash' | 'sh'): string | undefined {
  if (shell && (SHELL.includes(name) || (shell === 'bash' && BASH.includes(name))))
    return `a ${shell} builtin or keyword`;
  const { kind, os } = place;
  const where =
    kind === 'host' ? 'the Debian host' : kind === 'vm' ? `the ${os.prettyName} guest` : `the ${os.prettyName} image`;
  return programLists(place).some((l) => l.includes(name)) ? `a program on ${where}` : undefined;
}
