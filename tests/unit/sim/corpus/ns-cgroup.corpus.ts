import type { CorpusGroup } from './types';

const UNPACKED = ['mkdir rootfs', 'tar -xzf /opt/isolationlab/alpine-minirootfs-3.22.2-x86_64.tar.gz -C rootfs'];
const ROOT_IN_DEMO = ['sudo mkdir /sys/fs/cgroup/demo', 'sudo -i', 'echo $$ > /sys/fs/cgroup/demo/cgroup.procs'];
const ALPINE_WEB = [
  'docker pull alpine:3.22',
  'docker run -d --name web -m 64m --pids-limit 10 alpine:3.22 sleep 1000',
  "PID=$(docker inspect -f '{{.State.Pid}}' web)",
  "ID=$(docker inspect -f '{{.Id}}' web)",
];

/** The "container by hand" commands: namespaces and cgroup v2 without Docker. */
const group: CorpusGroup = {
  group: 'host: namespaces and cgroups by hand',
  source:
    'util-linux 2.41 unshare(1), nsenter(1), lsns(8); GNU coreutils readlink(1), chroot(1); GNU tar(1); namespaces(7), pid_namespaces(7), ' +
    'user_namespaces(7); Documentation/admin-guide/cgroup-v2.rst (kernel.org); Docker docs "Runtime metrics" (cgroup paths)',
  rows: [
    // unshare: privileges and errors
    {
      line: 'unshare --pid --fork --mount-proc bash',
      expect: ['unshare: unshare failed: Operation not permitted\n'],
      exit: 1,
    },
    { line: 'unshare --uts', expect: ['unshare: unshare failed: Operation not permitted\n'], exit: 1 },
    { line: 'unshare -n', expect: ['unshare: unshare failed: Operation not permitted\n'], exit: 1 },
    { line: 'unshare --bogus', expect: ["unshare: unrecognized option '--bogus'", "Try 'unshare --help'"], exit: 1 },
    { line: 'unshare -z', expect: ["unshare: invalid option -- 'z'"], exit: 1 },
    {
      line: 'unshare -r nosuchprog',
      expect: ['unshare: failed to execute nosuchprog: No such file or directory'],
      exit: 127,
    },
    { line: 'unshare --time', expect: [], notSimulated: true },
    { line: 'unshare --net=/run/netns/x', expect: [], notSimulated: true },
    // unshare: what each namespace changes
    { setup: ['sudo unshare --pid --fork --mount-proc bash'], line: 'echo $$', expect: ['1\n'] },
    {
      setup: ['sudo unshare --pid --fork --mount-proc bash'],
      line: 'ps -e',
      expect: ['      1 pts/0    00:00:00 bash'],
      not: ['systemd'],
    },
    { setup: ['sudo unshare --pid --fork --mount-proc bash'], line: 'ps aux', expect: [/\n\S+ +1 /], not: ['dockerd'] },
    { setup: ['sudo unshare --pid --fork bash'], line: 'ps -e', expect: ['systemd'] },
    { setup: ['sudo unshare --pid --fork --mount-proc bash', 'exit'], line: 'ps -e', expect: ['systemd'] },
    { setup: ['sudo unshare --uts', 'hostname lab'], line: 'hostname', expect: ['lab\n'] },
    { setup: ['sudo unshare --uts', 'hostname lab', 'exit'], line: 'hostname', expect: ['host\n'] },
    {
      setup: ['sudo unshare --net'],
      line: 'ip link',
      expect: ['1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN'],
      not: ['eno1', 'docker0'],
    },
    { setup: ['sudo unshare --net'], line: 'ip addr', expect: ['lo:'], not: ['127.0.0.1'] },
    { line: 'unshare -r id', expect: ['uid=0(root) gid=0(root) groups=0(root),65534(nogroup)\n'] },
    { line: 'unshare --user id -u', expect: ['65534\n'] },
    { setup: ['unshare --user --map-root-user'], line: 'whoami', expect: ['root\n'] },
    { setup: ['unshare --user --map-root-user'], line: 'touch /etc/passwd', expect: ['Permission denied'], exit: 1 },
    {
      setup: ['unshare --user --map-root-user'],
      line: 'date -s 12:00',
      expect: ['date: cannot set date: Operation not permitted'],
      exit: 1,
    },
    { setup: ['unshare -ur'], line: 'hostname inside; hostname', expect: ['inside\n'] },
    { setup: ['unshare -r --pid --fork --mount-proc'], line: 'echo $$', expect: ['1\n'] },
    // /proc/PID/ns, readlink, lsns
    { line: 'readlink /proc/self/ns/pid', expect: ['pid:[4026531836]\n'] },
    { line: 'readlink /proc/$$/ns/net', expect: ['net:[4026531840]\n'] },
    { line: 'readlink /proc/1/ns/pid', expect: [], exit: 1 },
    { line: 'readlink -v /proc/1/ns/mnt', expect: ['readlink: /proc/1/ns/mnt: Permission denied'], exit: 1 },
    { line: 'readlink', expect: ['readlink: missing operand'], exit: 1 },
    { line: 'readlink /bin', expect: ['usr/bin\n'] },
    { line: 'readlink /etc/hostname', expect: [], exit: 1 },
    { line: 'readlink -f /bin', expect: [], notSimulated: true },
    { line: 'ls /proc/self/ns', expect: ['pid_for_children', 'uts'] },
    {
      setup: ['sudo unshare -fp --mount-proc'],
      line: 'readlink /proc/$$/ns/pid',
      expect: [/^pid:\[40265322\d\d\]\n$/],
    },
    { setup: ['sudo unshare -fp --mount-proc'], line: 'lsns -t pid', expect: [/40265322\d\d pid +2 +1 /] },
    // nsenter
    { line: 'nsenter -m', expect: ['nsenter: neither filename nor target pid supplied for ns/mnt\n'], exit: 1 },
    { line: 'nsenter --bogus', expect: ["nsenter: unrecognized option '--bogus'"], exit: 1 },
    {
      line: 'sudo nsenter -t 99999 -u hostname',
      expect: ['nsenter: cannot open /proc/99999/ns/uts: No such file or directory'],
      exit: 1,
    },
    {
      setup: ALPINE_WEB,
      line: 'nsenter -t $PID -u hostname',
      expect: [/nsenter: cannot open \/proc\/\d+\/ns\/uts: Permission denied/],
      exit: 1,
    },
    { setup: ALPINE_WEB, line: 'sudo nsenter -t $PID -u hostname', expect: [/^[0-9a-f]{12}\n$/] },
    { setup: ALPINE_WEB, line: 'sudo nsenter -t $PID -n ip addr', expect: ['inet 172.17.0.2/16'], not: ['eno1'] },
    {
      setup: ALPINE_WEB,
      line: 'sudo nsenter -t $PID -a',
      expect: ['nsenter: failed to execute /bin/bash: No such file or directory'],
      exit: 127,
    },
    { setup: [...ALPINE_WEB, 'sudo nsenter -t $PID -a sh'], line: 'ps', expect: ['    1 root      0:00 sleep 1000'] },
    { setup: ALPINE_WEB, line: 'sudo readlink /proc/$PID/ns/pid', expect: [/^pid:\[40265322\d\d\]\n$/] },
    // tar and chroot into an unpacked root
    { line: 'ls /opt/isolationlab', expect: ['alpine-minirootfs-3.22.2-x86_64.tar.gz'] },
    { setup: UNPACKED, line: 'ls rootfs/bin', expect: ['busybox', 'sh'] },
    { setup: UNPACKED, line: 'cat rootfs/etc/alpine-release', expect: ['3.22.2\n'] },
    { line: 'tar -xzf nosuch.tgz', expect: ['tar: nosuch.tgz: Cannot open: No such file or directory'], exit: 2 },
    { line: 'tar -tzf x.tgz', expect: [], notSimulated: true },
    { line: 'tar', expect: ["tar: You must specify one of the '-Acdtrux'"], exit: 2 },
    { line: 'chroot', expect: ['chroot: missing operand'], exit: 125 },
    {
      setup: UNPACKED,
      line: 'chroot rootfs /bin/sh',
      expect: ["chroot: cannot change root directory to 'rootfs': Operation not permitted"],
      exit: 125,
    },
    {
      setup: UNPACKED,
      line: 'sudo chroot rootfs',
      expect: ["chroot: failed to run command '/bin/bash': No such file or directory"],
      exit: 127,
    },
    { setup: [...UNPACKED, 'sudo chroot rootfs /bin/sh'], line: 'ls /', expect: ['bin  dev  etc  home  lib  media'] },
    { setup: [...UNPACKED, 'sudo chroot rootfs /bin/sh'], line: 'ls /proc', expect: [] },
    {
      setup: [...UNPACKED, 'sudo chroot rootfs /bin/sh', 'mount -t proc proc /proc'],
      line: 'ps',
      expect: ['/sbin/init'],
    },
    { setup: [...UNPACKED, 'sudo chroot rootfs /bin/sh'], line: 'hostname', expect: ['host\n'] },
    { setup: UNPACKED, line: 'sudo chroot rootfs /bin/sh -c "cat /etc/hostname"', expect: ['localhost\n'] },
    { setup: UNPACKED, line: 'sudo chroot --userspec=1000 rootfs', expect: [], notSimulated: true },
    // cgroup v2 by hand
    {
      line: 'mkdir /sys/fs/cgroup/demo',
      expect: ["mkdir: cannot create directory '/sys/fs/cgroup/demo': Permission denied"],
      exit: 1,
    },
    {
      setup: ['sudo mkdir /sys/fs/cgroup/demo'],
      line: 'ls /sys/fs/cgroup/demo',
      expect: ['cgroup.procs', 'memory.max', 'pids.max', 'memory.events'],
    },
    { setup: ['sudo mkdir /sys/fs/cgroup/demo'], line: 'cat /sys/fs/cgroup/demo/memory.max', expect: ['max\n'] },
    {
      setup: ['sudo mkdir /sys/fs/cgroup/demo'],
      line: 'echo 50M > /sys/fs/cgroup/demo/memory.max',
      expect: ['Permission denied'],
      exit: 1,
    },
    {
      setup: [...ROOT_IN_DEMO, 'echo 50M > /sys/fs/cgroup/demo/memory.max'],
      line: 'cat /sys/fs/cgroup/demo/memory.max',
      expect: ['52428800\n'],
    },
    {
      setup: ROOT_IN_DEMO,
      line: 'echo fifty > /sys/fs/cgroup/demo/memory.max',
      expect: ['bash: echo: write error: Invalid argument\n'],
    },
    {
      setup: ROOT_IN_DEMO,
      line: 'echo 99999 > /sys/fs/cgroup/demo/cgroup.procs',
      expect: ['bash: echo: write error: No such process\n'],
    },
    {
      setup: ROOT_IN_DEMO,
      line: 'echo 1 > /sys/fs/cgroup/demo/memory.current',
      expect: ['Permission denied'],
      exit: 1,
    },
    { setup: ROOT_IN_DEMO, line: 'cat /proc/self/cgroup', expect: ['0::/demo\n'] },
    {
      setup: [...ROOT_IN_DEMO, 'echo 50M > /sys/fs/cgroup/demo/memory.max'],
      line: 'tail /dev/zero',
      expect: ['Killed\n'],
      exit: 137,
    },
    {
      setup: [...ROOT_IN_DEMO, 'echo 50M > /sys/fs/cgroup/demo/memory.max', 'tail /dev/zero'],
      line: 'grep oom_kill /sys/fs/cgroup/demo/memory.events',
      expect: ['oom_kill 1\n'],
    },
    {
      setup: [...ROOT_IN_DEMO, 'echo 2 > /sys/fs/cgroup/demo/pids.max', 'sleep 100 &'],
      line: 'ls',
      expect: ['bash: fork: retry: Resource temporarily unavailable'],
      exit: 254,
    },
    {
      setup: ROOT_IN_DEMO,
      line: 'rmdir /sys/fs/cgroup/demo',
      expect: ["rmdir: failed to remove '/sys/fs/cgroup/demo': Device or resource busy"],
      exit: 1,
    },
    {
      setup: [...ROOT_IN_DEMO, 'echo $$ > /sys/fs/cgroup/cgroup.procs'],
      line: 'rmdir /sys/fs/cgroup/demo',
      expect: [],
    },
    { setup: ALPINE_WEB, line: 'cat /sys/fs/cgroup/system.slice/docker-$ID.scope/memory.max', expect: ['67108864\n'] },
    { setup: ALPINE_WEB, line: 'cat /sys/fs/cgroup/system.slice/docker-$ID.scope/pids.max', expect: ['10\n'] },
    { setup: ALPINE_WEB, line: 'cat /sys/fs/cgroup/system.slice/docker-$ID.scope/cgroup.procs', expect: [/^\d+\n$/] },
  ],
};
export default group;
