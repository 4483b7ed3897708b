import type { CorpusGroup } from './types';

/** The kernel's views of processes and control groups, read through /proc and /sys. */
const group: CorpusGroup = {
  group: 'host: /proc and /sys',
  source:
    'proc(5), proc_pid_status(5), proc_pid_cgroup(5), proc_pid_comm(5), proc_mounts(5) (Linux man-pages 6.9); ' +
    'Documentation/admin-guide/cgroup-v2.rst (cgroup.controllers, the unified hierarchy)',
  rows: [
    { line: 'cat /proc/1/comm', expect: [/^systemd\n$/] },
    { line: 'cat /proc/1/cmdline', expect: ['/sbin/init'] },
    { line: 'cat /proc/1/status', expect: [/^Name:\tsystemd$/m, /^Pid:\t1$/m, /^PPid:\t0$/m, /^Uid:\t0\t0\t0\t0$/m] },
    { line: 'grep Name /proc/self/status', expect: [/^Name:\tgrep\n$/] },
    {
      line: 'cat /proc/self/status',
      expect: [/^Name:\tcat$/m, /^Uid:\t1000\t1000\t1000\t1000$/m, /^CapEff:\t0{16}$/m],
    },
    { line: 'sudo cat /proc/self/status', expect: [/^Uid:\t0\t0\t0\t0$/m] },
    { line: 'grep PPid /proc/self/status', expect: [/^PPid:\t\d+\n$/] },
    { line: 'cat /proc/version', expect: [/^Linux version \d+\.\d+\.\d+/] },
    { line: 'cat /proc/uptime', expect: [/^\d+\.\d\d \d+\.\d\d\n$/] },
    { line: 'ls /proc', expect: [/^1 /, 'cpuinfo', 'meminfo', 'self', 'version'] },
    { line: 'ls /proc/1', expect: ['cgroup', 'cmdline', 'comm', 'status'] },
    { line: 'cat /proc/nosuch', expect: ['cat: /proc/nosuch: No such file or directory'], exit: 1 },
    { line: 'cat /proc/99999/status', expect: ['cat: /proc/99999/status: No such file or directory'], exit: 1 },
    { line: 'cat /proc/self/cgroup', expect: [/^0::\/user\.slice\/\S+\n$/] },
    { line: 'cat /proc/1/cgroup', expect: [/^0::\/init\.scope\n$/] },
    { line: 'cat /proc/mounts', expect: [/^cgroup2 \/sys\/fs\/cgroup cgroup2 /m, /^proc \/proc proc /m] },
    { line: 'grep cgroup2 /proc/mounts | wc -l', expect: [/^1\n$/] },
    { line: 'cat /sys/fs/cgroup/cgroup.controllers', expect: [/\bmemory\b/, /\bpids\b/, /\bcpu\b/] },
    { line: 'ls /sys/fs/cgroup', expect: ['cgroup.controllers', 'system.slice', 'user.slice'] },
    { line: 'ls /dev', expect: ['kvm', 'null', 'zero'] },
    { line: 'ls -l /dev/kvm', expect: [/^crw-rw----\+? 1 root kvm 10, 232 .*\/dev\/kvm\n$/] },
    { line: 'cat /dev/null', expect: [/^$/] },
    { line: 'echo hi > /dev/null', expect: [/^$/] },
    { line: 'cat /proc/cpuinfo | grep -c ^processor', expect: [/^4\n$/] },
  ],
};
export default group;
