import type { CorpusGroup } from './types';

const START = 'virsh start web-vm';

/** Managing the course's two libvirt domains from the host. */
const group: CorpusGroup = {
  group: 'VMs: virsh domains',
  source:
    'virsh(1) from libvirt 11 ("DOMAIN COMMANDS": list, start, shutdown, destroy, suspend, resume, reboot, ' +
    'dominfo, domstate, dumpxml, console; "error: failed to get domain"), libvirt.org/formatdomain.html',
  rows: [
    { line: 'virsh list', expect: [/^ Id +Name +State\n-+\n\n$/] },
    { line: 'virsh list --all', expect: [/^ -  +web-vm +shut off$/m, /^ -  +tiny +shut off$/m] },
    { line: 'virsh list --inactive', expect: [/ web-vm +shut off/] },
    { line: 'virsh list --bogus', expect: ["error: command 'list' doesn't support option --bogus"], exit: 1 },
    { line: START, expect: [/^Domain 'web-vm' started\n/] },
    { setup: [START], line: 'virsh list', expect: [/^ \d+ +web-vm +running$/m], not: ['tiny'] },
    {
      setup: [START],
      line: START,
      expect: [
        "error: Failed to start domain 'web-vm'",
        'error: Requested operation is not valid: domain is already running',
      ],
      exit: 1,
    },
    { line: 'virsh start nosuch', expect: ["error: failed to get domain 'nosuch'"], exit: 1 },
    { line: 'virsh start', expect: ["error: command 'start' requires <domain> option"], exit: 1 },
    {
      line: 'virsh dominfo web-vm',
      expect: [
        /^Id: +-$/m,
        /^Name: +web-vm$/m,
        /^State: +shut off$/m,
        /^CPU\(s\): +2$/m,
        /^Max memory: +2097152 KiB$/m,
      ],
    },
    { setup: [START], line: 'virsh dominfo web-vm', expect: [/^Id: +\d+$/m, /^State: +running$/m] },
    { line: 'virsh dominfo tiny', expect: [/^CPU\(s\): +1$/m, /^Max memory: +262144 KiB$/m] },
    { line: 'virsh dominfo nosuch', expect: ["error: failed to get domain 'nosuch'"], exit: 1 },
    { line: 'virsh dominfo', expect: ["error: command 'dominfo' requires <domain> option"], exit: 1 },
    { line: 'virsh domstate web-vm', expect: [/^shut off\n/] },
    { setup: [START], line: 'virsh domstate web-vm', expect: [/^running\n/] },
    { line: 'virsh domstate nosuch', expect: ["error: failed to get domain 'nosuch'"], exit: 1 },
    {
      line: 'virsh dumpxml web-vm',
      expect: [/^<domain type='kvm'>\n/, '<name>web-vm</name>', "<memory unit='KiB'>2097152</memory>", /<\/domain>\n/],
    },
    { setup: [START], line: 'virsh dumpxml web-vm', expect: [/^<domain type='kvm' id='\d+'>\n/] },
    { line: 'virsh dumpxml tiny', expect: ["<vcpu placement='static'>1</vcpu>"] },
    { line: 'virsh dumpxml nosuch', expect: ["error: failed to get domain 'nosuch'"], exit: 1 },
    { setup: [START], line: 'virsh shutdown web-vm', expect: [/^Domain 'web-vm' is being shutdown\n/] },
    {
      line: 'virsh shutdown web-vm',
      expect: ["error: Failed to shutdown domain 'web-vm'", 'domain is not running'],
      exit: 1,
    },
    { line: 'virsh shutdown', expect: ["error: command 'shutdown' requires <domain> option"], exit: 1 },
    { setup: [START], line: 'virsh destroy web-vm', expect: [/^Domain 'web-vm' destroyed\n/] },
    { setup: [START, 'virsh destroy web-vm'], line: 'virsh domstate web-vm', expect: [/^shut off\n/] },
    {
      line: 'virsh destroy web-vm',
      expect: ["error: Failed to destroy domain 'web-vm'", 'domain is not running'],
      exit: 1,
    },
    { line: 'virsh destroy nosuch', expect: ["error: failed to get domain 'nosuch'"], exit: 1 },
    { setup: [START], line: 'virsh suspend web-vm', expect: [/^Domain 'web-vm' suspended\n/] },
    { setup: [START, 'virsh suspend web-vm'], line: 'virsh list', expect: [/ web-vm +paused$/m] },
    { setup: [START, 'virsh suspend web-vm'], line: 'virsh domstate web-vm', expect: [/^paused\n/] },
    { setup: [START, 'virsh suspend web-vm'], line: 'virsh resume web-vm', expect: [/^Domain 'web-vm' resumed\n/] },
    {
      line: 'virsh suspend web-vm',
      expect: ["error: Failed to suspend domain 'web-vm'", 'domain is not running'],
      exit: 1,
    },
    {
      line: 'virsh resume web-vm',
      expect: ["error: Failed to resume domain 'web-vm'", 'domain is not running'],
      exit: 1,
    },
    { setup: [START], line: 'virsh reboot web-vm', expect: [/^Domain 'web-vm' is being rebooted\n/] },
    { line: 'virsh reboot tiny', expect: ["error: Failed to reboot domain 'tiny'", 'domain is not running'], exit: 1 },
    { line: 'virsh console web-vm', expect: ['error: The domain is not running'], exit: 1 },
    { line: 'virsh console nosuch', expect: ["error: failed to get domain 'nosuch'"], exit: 1 },
    { line: 'virsh console', expect: ["error: command 'console' requires <domain> option"], exit: 1 },
    {
      setup: [START],
      line: 'virsh console web-vm',
      expect: [/^Connected to domain 'web-vm'\nEscape character is \^\]/],
    },
    {
      line: 'virsh version',
      expect: [/^Compiled against library: libvirt \d+\.\d+\.\d+$/m, /^Running hypervisor: QEMU \d+\.\d+\.\d+$/m],
    },
    { line: 'virsh -c qemu:///system list --all', expect: [/ web-vm +shut off/] },
    { line: 'virsh bogus', expect: ["error: unknown command: 'bogus'"], exit: 1 },
    { line: 'virsh undefine web-vm', expect: [], notSimulated: true },
    { line: 'virsh net-list', expect: [], notSimulated: true },
    { line: 'virsh nodeinfo', expect: [], notSimulated: true },
  ],
};
export default group;
