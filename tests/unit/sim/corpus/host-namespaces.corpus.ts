import type { CorpusGroup } from './types';

const ROOT = ['sudo -i'];
const ALL = [...ROOT, 'unshare --pid --fork --mount-proc --uts --net --mount sleep 1000 &'];

/** unshare(1) and the shells a learner starts in new namespaces: jobs, lsns rows, prompts. */
const group: CorpusGroup = {
  group: 'host: unshare, lsns and shell prompts',
  source:
    'unshare(2) (the caller enters each new namespace but PID, which only its children enter) and unshare(1) ' +
    '(without --fork it execs PROGRAM, same PID); lsns(8) (PID = lowest PID in the namespace); bash shell.c ' +
    'shell_initialize reads the host name once (prompt \\h keeps it); dash(1) and src/var.c: PS1 "# " for root, ' +
    '"$ " otherwise; Debian /bin/sh is dash; proc(5): a proc mount shows the mounting process\'s PID namespace',
  rows: [
    { setup: ROOT, line: 'unshare --uts --net sleep 500 &', expect: [/^\[1\] \d+\n$/] },
    {
      setup: [...ROOT, 'unshare --uts --net sleep 500 &'],
      line: 'jobs',
      expect: [/^\[1\]\+ +Running +unshare --uts --net sleep 500 &\n$/],
    },
    { setup: ['sudo sleep 100 &'], line: 'jobs', expect: [/^\[1\]\+ +Running +sudo sleep 100 &\n$/] },
    { setup: ALL, line: 'lsns -t uts', expect: [/^ *\d+ uts +2 +\d+ root +unshare --pid --fork --mount-proc --uts --net --mount sleep 1000$/m] }, // prettier-ignore
    { setup: ALL, line: 'lsns -t pid', expect: [/^ *\d+ pid +1 +\d+ root +sleep 1000$/m] },
    { setup: ALL, line: 'lsns -t net', expect: [/^4026531840 net +\d+ +1 root +\/sbin\/init$/m, / net +2 /] },
    {
      setup: ALL,
      line: 'readlink /proc/$!/ns/pid /proc/$!/ns/pid_for_children',
      expect: [/^pid:\[4026531836\]\npid:\[(\d+)\]\n$/],
      not: [/^pid:\[4026531836\]\npid:\[4026531836\]\n$/],
    },
    { setup: [...ROOT, 'unshare --uts bash', 'hostname box'], line: 'echo ok', expect: ['ok'], not: ['box'] },
    {
      setup: [
        'mkdir /tmp/rootfs',
        'tar -xzf /opt/isolationlab/alpine-minirootfs-3.22.2-x86_64.tar.gz -C /tmp/rootfs',
        'sudo unshare --pid --fork --mount --uts --net chroot /tmp/rootfs /bin/sh',
        'mount -t proc proc /proc',
      ],
      line: 'ps',
      expect: [/^PID +USER +TIME +COMMAND\n {4}1 root {6}0:00 \/bin\/sh\n +\d+ root {6}0:00 ps\n$/],
      not: ['dockerd', '/sbin/init'],
    },
  ],
};
export default group;
