import type { CorpusGroup } from './types';

const DEBIAN = ['virsh start web-vm', 'virsh console web-vm', 'root', 'isolationlab'];
const CIRROS = ['virsh start tiny', 'virsh console tiny', 'cirros', 'gocubsgo'];

/** Inside the guests: a Debian 13 VM and a CirrOS VM, each with its own kernel, seen on the serial console. */
const group: CorpusGroup = {
  group: 'VMs: guest views on the console',
  source:
    'virsh(1) "console" (Ctrl+] escape); login(1) and agetty(8) (Login incorrect; logout prints the getty banner /etc/issue again, then login:); ' +
    'proc_cpuinfo(5) and the x86 "hypervisor" CPUID bit; CirrOS 0.6 README (user cirros, password gocubsgo); ' +
    'bash(1) "command not found"; BusyBox sh "not found"; systemd-analyze(1)',
  rows: [
    { setup: DEBIAN, line: 'hostname', expect: [/^web-vm\n$/] },
    { setup: DEBIAN, line: 'id', expect: [/^uid=0\(root\) gid=0\(root\)/] },
    { setup: DEBIAN, line: 'cat /etc/os-release', expect: ['PRETTY_NAME="Debian GNU/Linux 13 (trixie)"'] },
    { setup: DEBIAN, line: 'uname -r', expect: [/^6\.12\.38\+deb13-amd64\n$/] },
    { setup: DEBIAN, line: 'uname -n', expect: [/^web-vm\n$/] },
    { setup: DEBIAN, line: 'grep -c processor /proc/cpuinfo', expect: [/^2\n$/] },
    { setup: DEBIAN, line: 'grep -c hypervisor /proc/cpuinfo', expect: [/^2\n$/] },
    { setup: DEBIAN, line: 'grep -c vmx /proc/cpuinfo', expect: [/^0\n$/], exit: 1 },
    {
      setup: DEBIAN,
      line: 'ls /dev/kvm',
      expect: ["ls: cannot access '/dev/kvm': No such file or directory"],
      exit: 2,
    },
    { setup: DEBIAN, line: 'lsmod | grep kvm', expect: [/^$/], exit: 1 },
    { setup: DEBIAN, line: 'dmesg | grep -c "Hypervisor detected"', expect: [/^1\n$/] },
    { setup: DEBIAN, line: 'grep MemTotal /proc/meminfo', expect: [/^MemTotal: +\d+ kB\n$/], not: ['16777216'] },
    { setup: DEBIAN, line: 'free -m', expect: [/^Mem: +1\d{3} /m] },
    { setup: DEBIAN, line: 'df -h', expect: [/^\/dev\/vda1 /m] },
    { setup: DEBIAN, line: 'ps -e', expect: [/^ +1 \? +00:00:00 systemd$/m] },
    { setup: DEBIAN, line: 'ps -ef', expect: [/ttyS0 .* -bash$/m] },
    { setup: DEBIAN, line: 'systemd-analyze', expect: [/^Startup finished in .*\(firmware\).* = \d+\.\d+s/] },
    { setup: DEBIAN, line: 'docker ps', expect: ['bash: docker: command not found'], exit: 127 },
    { setup: DEBIAN, line: 'virsh list', expect: ['bash: virsh: command not found'], exit: 127 },
    { setup: DEBIAN, line: 'sudo id', expect: ['bash: sudo: command not found'], exit: 127 },
    { setup: DEBIAN, line: 'exit', expect: [/^logout\n/, 'Debian GNU/Linux 13 web-vm ttyS0'] },
    { setup: DEBIAN, line: 'logout', expect: [/^logout\n/, 'Debian GNU/Linux 13 web-vm ttyS0'] },
    { setup: ['virsh start web-vm', 'virsh console web-vm', 'root'], line: 'wrong', expect: ['Login incorrect'] },
    { setup: [...DEBIAN, 'exit', 'root', 'isolationlab'], line: 'hostname', expect: [/^web-vm\n$/] },
    { setup: CIRROS, line: 'id', expect: [/^uid=1000\(cirros\) gid=1000\(cirros\)/] },
    { setup: CIRROS, line: 'hostname', expect: [/^cirros\n$/] },
    { setup: CIRROS, line: 'cat /etc/os-release', expect: ['NAME="CirrOS"', 'ID=cirros'] },
    { setup: CIRROS, line: 'grep -c hypervisor /proc/cpuinfo', expect: [/^1\n$/] },
    { setup: CIRROS, line: 'sudo id', expect: [/^uid=0\(root\)/] },
    { setup: CIRROS, line: 'ps', expect: [/^PID +USER +TIME +COMMAND\n/, /^ +1 root +0:00 init$/m] },
    { setup: CIRROS, line: 'free -m', expect: [/^Mem: +\d{3} /m] },
    { setup: CIRROS, line: 'systemd-analyze', expect: ['sh: systemd-analyze: not found'], exit: 127 },
    { setup: CIRROS, line: 'uname -r', expect: [/^\d+\.\d+\.\d+/], not: ['deb13'] },
    { setup: CIRROS, line: 'exit', expect: ["login as 'cirros' user. default password: 'gocubsgo'."] },
  ],
};
export default group;
