import type { CorpusGroup } from './types';

const ALPINE = ['docker pull alpine:3.22'];

/** The security flags of docker run, and the operations they allow or refuse inside. */
const group: CorpusGroup = {
  group: 'docker: run security flags',
  source:
    'docs.docker.com/reference/cli/docker/container/run (--user, --cap-add, --cap-drop, --privileged, --security-opt); ' +
    'capabilities(7); proc_pid_status(5); GNU coreutils date(1); BusyBox date applet',
  rows: [
    { setup: ALPINE, line: 'docker run --user 1000 alpine:3.22 id', expect: ['uid=1000 gid=1000 groups=1000\n'] },
    { setup: ALPINE, line: 'docker run --user 1000:1000 alpine:3.22 id -g', expect: ['1000\n'] },
    { setup: ALPINE, line: 'docker run -u nobody alpine:3.22 whoami', expect: ['nobody\n'] },
    {
      setup: ALPINE,
      line: 'docker run -u bob alpine:3.22 id',
      expect: ['unable to find user bob: no matching entries in passwd file'],
      exit: 125,
    },
    {
      setup: ALPINE,
      line: 'docker run -u 0:nogroupx alpine:3.22 id',
      expect: ['unable to find group nogroupx'],
      exit: 125,
    },
    { setup: ALPINE, line: 'docker run --user', expect: ['flag needs an argument: --user'], exit: 125 },
    {
      setup: ALPINE,
      line: 'docker run --user 1000 alpine:3.22 grep CapEff /proc/self/status',
      expect: ['CapEff:\t0000000000000000\n'],
    },
    {
      setup: ALPINE,
      line: 'docker run --user 1000 alpine:3.22 touch /etc/x',
      expect: ['touch: /etc/x: Permission denied'],
      exit: 1,
    },
    {
      setup: [...ALPINE, 'docker run -d --name u -u 1000 alpine:3.22 sleep 100'],
      line: "docker inspect -f '{{.Config.User}}' u",
      expect: ['1000\n'],
    },
    {
      setup: ALPINE,
      line: 'docker run alpine:3.22 grep CapEff /proc/self/status',
      expect: ['CapEff:\t00000000a80425fb\n'],
    },
    {
      setup: ALPINE,
      line: 'docker run --cap-drop ALL alpine:3.22 grep CapEff /proc/self/status',
      expect: ['CapEff:\t0000000000000000\n'],
    },
    {
      setup: ALPINE,
      line: 'docker run --cap-drop ALL --cap-add SYS_TIME alpine:3.22 grep CapEff /proc/self/status',
      expect: ['CapEff:\t0000000002000000\n'],
    },
    {
      setup: ALPINE,
      line: 'docker run --privileged alpine:3.22 grep CapEff /proc/self/status',
      expect: ['CapEff:\t000001ffffffffff\n'],
    },
    {
      setup: ALPINE,
      line: 'docker run --cap-add BOGUS alpine:3.22 true',
      expect: ['invalid CapAdd: unknown capability: "CAP_BOGUS"'],
      exit: 125,
    },
    {
      setup: ALPINE,
      line: 'docker run --security-opt no-new-privileges alpine:3.22 grep NoNewPrivs /proc/self/status',
      expect: ['NoNewPrivs:\t1\n'],
    },
    { setup: ALPINE, line: 'docker run alpine:3.22 grep NoNewPrivs /proc/self/status', expect: ['NoNewPrivs:\t0\n'] },
    {
      setup: ALPINE,
      line: 'docker run alpine:3.22 date -s 2031-05-06',
      expect: ["date: can't set date: Operation not permitted"],
      exit: 1,
    },
    {
      setup: ALPINE,
      line: 'docker run --cap-add SYS_TIME alpine:3.22 date -s 2031-05-06',
      expect: ['Tue May  6 00:00:00 UTC 2031\n'],
    },
    {
      setup: [...ALPINE, 'docker run --privileged alpine:3.22 date -s 2031-05-06'],
      line: 'date +%Y',
      expect: ['2031\n'],
    },
    {
      setup: ALPINE,
      line: 'docker run alpine:3.22 date -s yesterday',
      expect: ["date: can't set date: Operation not permitted"],
      exit: 1,
    },
    { line: 'sudo date -s @86400', expect: ['Fri Jan  2 00:00:00 UTC 1970\n'] },
    { line: 'date -s 12:00', expect: ['date: cannot set date: Operation not permitted'], exit: 1 },
    { line: 'sudo date -s "next friday"', expect: [], notSimulated: true },
    {
      setup: ALPINE,
      line: 'docker run --cap-drop ALL alpine:3.22 hostname x',
      expect: ['hostname: sethostname: Operation not permitted'],
      exit: 1,
    },
    {
      setup: ALPINE,
      line: 'docker run alpine:3.22 mount -t tmpfs none /mnt',
      expect: ['mount: permission denied (are you root?)'],
      exit: 255,
    },
    { setup: ALPINE, line: 'docker run alpine:3.22 ls /dev', expect: ['null'], not: ['sda', 'kvm'] },
    { setup: ALPINE, line: 'docker run --privileged alpine:3.22 ls /dev', expect: ['kvm', 'sda', 'sda1'] },
    {
      setup: [...ALPINE, 'docker run -it --privileged alpine:3.22 sh', 'mount /dev/sda1 /mnt'],
      line: 'cat /mnt/home/learner/notes.txt',
      expect: ['Compare: uname -r'],
    },
    {
      setup: [...ALPINE, 'docker run -it --privileged alpine:3.22 sh', 'mount /dev/sda1 /mnt'],
      line: 'mount',
      expect: ['/dev/sda1 on /mnt type ext4 (rw,relatime)'],
    },
    {
      setup: [
        ...ALPINE,
        'docker run -it --privileged alpine:3.22 sh',
        'mount /dev/sda1 /mnt',
        'touch /mnt/tmp/x',
        'exit',
      ],
      line: 'ls /tmp',
      expect: ['x'],
    },
    {
      setup: ALPINE,
      line: 'docker run --privileged alpine:3.22 mount /dev/sda /mnt',
      expect: ['mount: mounting /dev/sda on /mnt failed: Invalid argument'],
      exit: 255,
    },
    {
      setup: ALPINE,
      // Now modelled (docker-socket.corpus.ts has the rows on what the socket grants).
      line: 'docker run -v /var/run/docker.sock:/var/run/docker.sock alpine:3.22 true',
      expect: [],
    },
  ],
};
export default group;
