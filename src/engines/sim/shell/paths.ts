/**
 * Where programs live, for `type` and `which`: a Debian system has merged /usr (so /bin is /usr/bin),
 * BusyBox installs each applet in one of /bin, /sbin, /usr/bin, /usr/sbin (`busybox --list-full`,
 * BusyBox 1.35's default layout), and the command is found by searching `$PATH` in order.
 */
import type { Frame } from './types';
import { viewOf } from './view';
import type { Sim } from '../model/types';

/** Debian programs in /usr/sbin (found only when PATH has an sbin directory, as for root). */
const DEBIAN_SBIN = new Set(['reboot', 'iptables', 'modprobe', 'insmod', 'rmmod', 'lsmod', 'chroot', 'losetup', 'ip']);
/** Debian programs in both /usr/bin and /usr/sbin (iproute2 ships /bin/ip and /sbin/ip). */
const DEBIAN_BOTH = new Set(['ip']);
/** BusyBox applets outside /bin, by directory (`busybox --list-full`). */
const BUSYBOX_DIRS: Record<string, string[]> = {
  '/usr/bin': ['[', 'awk', 'basename', 'clear', 'cmp', 'cut', 'diff', 'dirname', 'du', 'env', 'expr', 'find', 'free',
    'groups', 'head', 'hexdump', 'id', 'killall', 'less', 'md5sum', 'mkfifo', 'nc', 'nl', 'nproc', 'nsenter',
    'nslookup', 'od', 'printf', 'realpath', 'renice', 'seq', 'setsid', 'sha256sum', 'shuf', 'sort', 'stress', 'tac',
    'tail', 'taskset', 'tee', 'test', 'time', 'timeout', 'top', 'tr', 'traceroute', 'truncate', 'tty', 'uniq',
    'unlink', 'unshare', 'uptime', 'w', 'wc', 'wget', 'which', 'who', 'whoami', 'xargs', 'yes'],
  '/sbin': ['ifconfig', 'insmod', 'ip', 'lsmod', 'modinfo', 'modprobe', 'reboot', 'rmmod', 'route', 'sysctl', 'halt', 'poweroff'],
  '/usr/sbin': ['chroot', 'httpd'],
}; // prettier-ignore

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The directories holding `name` in the frame's environment, assuming the program is installed. */
function homesOf(sim: Sim, frame: Frame, name: string): string[] {
  const os = viewOf(sim, frame.env).os;
  if (os.userland === 'scratch') return name === 'hello' ? ['/'] : [];
  if (os.userland === 'busybox') {
    const dir = Object.keys(BUSYBOX_DIRS).find((d) => BUSYBOX_DIRS[d]?.includes(name)) ?? '/bin';
    return [dir];
  }
  const bin = ['/usr/bin', '/bin'];
  const sbin = ['/usr/sbin', '/sbin'];
  return DEBIAN_BOTH.has(name) ? [...bin, ...sbin] : DEBIAN_SBIN.has(name) ? sbin : bin;
}

/** The path `$PATH` lookup finds for an installed program `name`, or undefined when no PATH directory has it. */
export function programPath(sim: Sim, frame: Frame, name: string): string | undefined {
  const homes = homesOf(sim, frame, name);
  const path = (frame.vars.get('PATH') ?? DEFAULT_PATH).split(':');
  const dir = path.find((d) => homes.includes(d));
  return dir === undefined ? undefined : `${dir === '/' ? '' : dir}/${name}`;
}
