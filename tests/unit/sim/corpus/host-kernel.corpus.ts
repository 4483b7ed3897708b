import type { CorpusGroup } from './types';

/** Kernel evidence a VM lesson needs: the log, modules, CPU flags, boot time. */
const group: CorpusGroup = {
  group: 'host: dmesg, lsmod, cpuinfo, boot',
  source:
    'dmesg(1) from util-linux 2.41 (kernel.dmesg_restrict=1 on Debian: EPERM for users); lsmod(8) from kmod 34; ' +
    'proc_cpuinfo(5) and the x86 cpufeatures list ("vmx", "hypervisor" flags); systemd-analyze(1) from systemd 257',
  rows: [
    { line: 'dmesg', expect: ['dmesg: read kernel buffer failed: Operation not permitted'], exit: 1 },
    { line: 'sudo dmesg | head -1', expect: [/^\[ +0\.000000\] Linux version \d+\.\d+\.\d+/] },
    { line: 'sudo dmesg | grep -c "Command line"', expect: [/^1\n$/] },
    { line: 'sudo dmesg -T | head -1', expect: [/^\[\w{3} \w{3} +\d+ \d\d:\d\d:\d\d \d{4}\] Linux version/] },
    { line: 'sudo dmesg --bogus', expect: ["dmesg: unrecognized option '--bogus'", "Try 'dmesg --help'"], exit: 1 },
    { line: 'lsmod', expect: [/^Module +Size +Used by\n/, /^kvm_intel +\d+ +\d+/m, /^kvm +\d+ +1 kvm_intel$/m] },
    { line: 'lsmod | grep kvm', expect: [/^kvm_intel /m, /^kvm /m] },
    { line: 'lsmod | grep -c ^kvm', expect: [/^2\n$/] },
    { line: 'lsmod x', expect: ['Usage: lsmod'], exit: 1 },
    { line: 'grep -c processor /proc/cpuinfo', expect: [/^4\n$/] },
    { line: 'grep -q vmx /proc/cpuinfo && echo vt-x', expect: [/^vt-x\n$/] },
    { line: 'grep -c hypervisor /proc/cpuinfo', expect: [/^0\n$/], exit: 1 },
    { line: 'grep -E -c "vmx|svm" /proc/cpuinfo', expect: [/^[1-9]\d*\n$/] },
    { line: 'grep "model name" /proc/cpuinfo | head -1', expect: [/^model name\t: .+\n$/] },
    { line: 'cat /proc/cpuinfo', expect: [/^processor\t: 0$/m, /^flags\t\t: .*\bvmx\b/m] },
    { line: 'systemd-analyze', expect: [/^Startup finished in .* = \d+\.\d+s/, 'multi-user.target reached after'] },
    { line: 'cat /proc/modules | grep -c ^kvm', expect: [/^2\n$/] },
    { line: 'modprobe kvm', expect: [], notSimulated: true },
  ],
};
export default group;
