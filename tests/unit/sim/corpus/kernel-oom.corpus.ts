import type { CorpusGroup } from './types';

const LAB = [
  'sudo -i',
  'mkdir /sys/fs/cgroup/lab',
  'echo 64M > /sys/fs/cgroup/lab/memory.max',
  'echo $$ > /sys/fs/cgroup/lab/cgroup.procs',
  'stress --vm 1 --vm-bytes 128M',
];
const DOCKER = ['docker pull alpine:3.22', 'docker run -m 64m --name o alpine:3.22 tail /dev/zero'];

/** A cgroup OOM kill as the kernel records it: memory.events, the ring buffer, stress's own report. */
const group: CorpusGroup = {
  group: 'kernel: cgroup OOM kill',
  source:
    'Linux 6.12 mm/oom_kill.c (dump_header "invoked oom-killer", dump_oom_victim "oom-kill:constraint=…", ' +
    '__oom_kill_process "Memory cgroup out of memory: Killed process …"), mm/memcontrol.c ' +
    '(mem_cgroup_print_oom_meminfo; MEMCG_MAX counted per charge at the limit); cgroup-v2.rst (memory.events, ' +
    'memory.swap.max default max); stress 1.0.7 stress.c (FAIL lines 425, 427, 461, as a Debian host logs them)',
  rows: [
    { setup: LAB, line: 'grep -c . /sys/fs/cgroup/lab/memory.events', expect: [/^6\n$/] },
    { setup: LAB, line: 'grep max /sys/fs/cgroup/lab/memory.events', expect: [/^max [1-9]\d{2,}\n$/] },
    { setup: LAB, line: 'cat /sys/fs/cgroup/lab/memory.swap.max', expect: [/^max\n$/] },
    { setup: LAB, line: 'dmesg | grep -c "stress invoked oom-killer"', expect: [/^1\n$/] },
    {
      setup: LAB,
      line: 'dmesg | grep oom-kill:',
      expect: [/oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=\(null\),cpuset=lab,mems_allowed=0,oom_memcg=\/lab,task_memcg=\/lab,task=stress,pid=\d+,uid=0$/m], // prettier-ignore
    },
    {
      setup: LAB,
      line: 'dmesg | grep Killed',
      expect: [/\] Memory cgroup out of memory: Killed process \d+ \(stress\) total-vm:\d+kB, anon-rss:\d+kB, file-rss:\d+kB, shmem-rss:0kB, UID:0 pgtables:\d+kB oom_score_adj:0$/m], // prettier-ignore
    },
    {
      setup: ['sudo -i', 'mkdir /sys/fs/cgroup/lab', 'echo 64M > /sys/fs/cgroup/lab/memory.max', 'echo $$ > /sys/fs/cgroup/lab/cgroup.procs'], // prettier-ignore
      line: 'stress --vm 1 --vm-bytes 128M',
      expect: [/\(425\) <-- worker \d+ got signal 9\n.*\(427\) now reaping child worker processes\n.*\(461\) failed run completed in 0s\n/], // prettier-ignore
      exit: 1,
    },
    { setup: DOCKER, line: 'sudo dmesg | grep -c "tail invoked oom-killer"', expect: [/^1\n$/] },
    {
      setup: DOCKER,
      line: 'sudo dmesg | grep "swap: usage"',
      expect: [/swap: usage 0kB, limit 65536kB, failcnt 0\n$/],
    },
    { setup: [DOCKER[0] as string, 'docker run -d -m 64m --name c alpine:3.22 sleep 1000'], line: 'docker exec c cat /sys/fs/cgroup/memory.swap.max', expect: [/^67108864\n$/] }, // prettier-ignore
  ],
};
export default group;
