import type { CorpusGroup } from './types';

const START = 'virsh start web-vm';
const OFF_SNAP = 'virsh snapshot-create-as web-vm before-upgrade --description "before the upgrade"';
const B = 'virsh -c qemu+ssh://host-b/system';
const MIGRATE = 'virsh migrate --live --verbose --persistent --undefinesource web-vm qemu+ssh://host-b/system';

/** Snapshots, clones and live migration of the course's domains (web-vm boots with UEFI; tiny with SeaBIOS). */
const group: CorpusGroup = {
  group: 'VMs: snapshots, clones, migration',
  source:
    'virsh(1) from libvirt 11 ("SNAPSHOT COMMANDS": snapshot-create-as, snapshot-list, snapshot-info, ' +
    'snapshot-current, snapshot-revert, snapshot-delete; "DOMAIN COMMANDS": migrate, domjobinfo), libvirt ' +
    'tools/virsh-snapshot.c and tools/vsh-table.c, src/qemu/qemu_snapshot.c (pflash refusal), ' +
    'src/conf/virdomainmomentobjlist.c ("domain moment … already exists"), virt-clone(1) and virt-manager ' +
    'virtinst/virtclone.py and cloner.py, libvirt.org/migration.html',
  rows: [
    // snapshot-create-as
    { line: OFF_SNAP, expect: ['Domain snapshot before-upgrade created\n'] },
    { line: 'virsh snapshot-create-as web-vm s1', expect: [/^Domain snapshot s1 created\n$/] },
    { line: 'virsh snapshot-create-as --domain web-vm --name s2', expect: ['Domain snapshot s2 created'] },
    { line: 'virsh snapshot-create-as web-vm', expect: [/^Domain snapshot \d{10} created\n$/] },
    {
      setup: [START],
      line: 'virsh snapshot-create-as web-vm live',
      expect: [
        'error: Operation not supported: internal snapshots of a VM with pflash based firmware require QCOW2 nvram format',
      ],
      exit: 1,
    },
    { setup: [START], line: 'virsh snapshot-create-as web-vm ext --disk-only --atomic', expect: ['Domain snapshot ext created'] }, // prettier-ignore
    { setup: ['virsh start tiny'], line: 'virsh snapshot-create-as tiny running-snap', expect: ['Domain snapshot running-snap created'] }, // prettier-ignore
    {
      setup: [OFF_SNAP],
      line: 'virsh snapshot-create-as web-vm before-upgrade',
      expect: ['error: operation failed: domain moment before-upgrade already exists'],
      exit: 1,
    },
    { line: 'virsh snapshot-create-as nosuch s', expect: ["error: failed to get domain 'nosuch'"], exit: 1 },
    { line: 'virsh snapshot-create-as', expect: ["error: command 'snapshot-create-as' requires <domain> option"], exit: 1 }, // prettier-ignore
    { line: 'virsh snapshot-create-as web-vm s --bogus', expect: ["error: command 'snapshot-create-as' doesn't support option --bogus"], exit: 1 }, // prettier-ignore
    { line: 'virsh snapshot-create-as web-vm s --halt', expect: [], notSimulated: true },
    { line: 'virsh snapshot-create-as web-vm s --memspec file=/tmp/m', expect: [], notSimulated: true },
    // snapshot-list
    { line: 'virsh snapshot-list web-vm', expect: [/^ Name +Creation Time +State\n-+\n\n$/] },
    {
      setup: [OFF_SNAP],
      line: 'virsh snapshot-list web-vm',
      expect: [/^ Name +Creation Time +State\n/, /\n before-upgrade +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000 +shutoff\n/],
    },
    { setup: [START, 'virsh snapshot-create-as web-vm d --disk-only'], line: 'virsh snapshot-list web-vm', expect: [/ d +\S+ \S+ \+0000 +disk-snapshot\n/] }, // prettier-ignore
    { setup: ['virsh start tiny', 'virsh snapshot-create-as tiny r'], line: 'virsh snapshot-list tiny', expect: [/ r +\S+ \S+ \+0000 +running\n/] }, // prettier-ignore
    { setup: [OFF_SNAP, 'virsh snapshot-create-as web-vm after'], line: 'virsh snapshot-list web-vm --parent', expect: [/ Parent\n/, /after .*shutoff +before-upgrade\n/] }, // prettier-ignore
    { setup: [OFF_SNAP, 'virsh snapshot-create-as web-vm after'], line: 'virsh snapshot-list web-vm --tree', expect: ['before-upgrade\n  |\n  +- after\n'] }, // prettier-ignore
    { setup: [OFF_SNAP, 'virsh snapshot-create-as web-vm a2'], line: 'virsh snapshot-list web-vm --name', expect: ['a2\nbefore-upgrade\n'] }, // prettier-ignore
    { line: 'virsh snapshot-list web-vm --tree --name', expect: ['error: Options --tree and --name are mutually exclusive'], exit: 1 }, // prettier-ignore
    { line: 'virsh snapshot-list web-vm --roots', expect: [], notSimulated: true },
    // snapshot-info and snapshot-current
    {
      setup: [OFF_SNAP],
      line: 'virsh snapshot-info web-vm before-upgrade',
      expect: [
        'Name:           before-upgrade\nDomain:         web-vm\nCurrent:        yes\nState:          shutoff\nLocation:       internal\nParent:         -\nChildren:       0\nDescendants:    0\nMetadata:       yes\n',
      ],
    },
    { setup: [START, 'virsh snapshot-create-as web-vm d --disk-only'], line: 'virsh snapshot-info web-vm --current', expect: ['Location:       external'] }, // prettier-ignore
    { setup: [OFF_SNAP, 'virsh snapshot-create-as web-vm after'], line: 'virsh snapshot-info web-vm before-upgrade', expect: ['Current:        no', 'Children:       1'] }, // prettier-ignore
    { line: 'virsh snapshot-info web-vm', expect: ['error: --snapshotname or --current is required'], exit: 1 },
    { line: 'virsh snapshot-info web-vm nosuch', expect: ["error: Domain snapshot not found: no domain snapshot with matching name 'nosuch'"], exit: 1 }, // prettier-ignore
    { setup: [OFF_SNAP], line: 'virsh snapshot-current web-vm --name', expect: [/^before-upgrade\n/] },
    { line: 'virsh snapshot-current web-vm --name', expect: ["error: domain 'web-vm' has no current snapshot"], exit: 1 }, // prettier-ignore
    { setup: [OFF_SNAP], line: 'virsh snapshot-current web-vm', expect: [], notSimulated: true },
    // snapshot-revert and snapshot-delete
    { setup: [OFF_SNAP], line: 'virsh snapshot-revert web-vm before-upgrade', expect: ['Domain snapshot before-upgrade reverted\n\n'] }, // prettier-ignore
    { setup: [OFF_SNAP, START, 'virsh snapshot-revert web-vm before-upgrade'], line: 'virsh domstate web-vm', expect: ['shut off'] }, // prettier-ignore
    { setup: ['virsh start tiny', 'virsh snapshot-create-as tiny r', 'virsh destroy tiny', 'virsh snapshot-revert tiny r'], line: 'virsh domstate tiny', expect: ['running'] }, // prettier-ignore
    { line: 'virsh snapshot-revert web-vm nosuch', expect: ["error: Domain snapshot not found: no domain snapshot with matching name 'nosuch'"], exit: 1 }, // prettier-ignore
    {
      setup: [OFF_SNAP],
      line: 'virsh snapshot-revert web-vm before-upgrade --running',
      expect: [],
      notSimulated: true,
    },
    { setup: [OFF_SNAP], line: 'virsh snapshot-delete web-vm before-upgrade', expect: ['Domain snapshot before-upgrade deleted\n\n'] }, // prettier-ignore
    { setup: [OFF_SNAP, 'virsh snapshot-delete web-vm before-upgrade'], line: 'virsh snapshot-list web-vm --name', expect: [/^\n$/] }, // prettier-ignore
    { setup: [OFF_SNAP], line: 'virsh snapshot-delete web-vm --current', expect: ['Domain snapshot before-upgrade deleted'] }, // prettier-ignore
    {
      setup: [OFF_SNAP],
      line: 'virsh snapshot-delete web-vm before-upgrade --children',
      expect: [],
      notSimulated: true,
    },
    // virt-clone
    { line: 'virt-clone --original web-vm --name web-vm-2 --auto-clone', expect: [/^Allocating 'web-vm-2\.qcow2' +\| +20 GB +00:00:0\d +\n\nClone 'web-vm-2' created successfully\.\n$/] }, // prettier-ignore
    { setup: ['virt-clone --original web-vm --name web-vm-2 --auto-clone'], line: 'virsh list --all', expect: [/ -  +web-vm-2 +shut off\n/] }, // prettier-ignore
    { line: 'virt-clone --original web-vm --auto-clone', expect: ["Clone 'web-vm-clone' created successfully."] },
    { setup: [START], line: 'virt-clone --original web-vm --name web-vm-2 --auto-clone', expect: ['ERROR    Domain with devices to clone must be paused or shutoff.\n'], exit: 1 }, // prettier-ignore
    { setup: [START, 'virsh suspend web-vm'], line: 'virt-clone --original web-vm --name web-vm-2 --auto-clone', expect: ["Clone 'web-vm-2' created successfully."] }, // prettier-ignore
    { line: 'virt-clone --original web-vm --name tiny --auto-clone', expect: ["ERROR    Invalid name for new guest: Guest name 'tiny' is already in use."], exit: 1 }, // prettier-ignore
    { line: 'virt-clone --original nosuch --auto-clone', expect: ["ERROR    Domain 'nosuch' was not found."], exit: 1 },
    { line: 'virt-clone --original web-vm --name x', expect: ["ERROR    Either --auto-clone or --file is required, use '--auto-clone or --file' and try again."], exit: 1 }, // prettier-ignore
    { line: 'virt-clone --auto-clone', expect: ["ERROR    An original machine name is required, use '--original src_name' and try again."], exit: 1 }, // prettier-ignore
    { line: 'virt-clone --original web-vm --mac 52:54:00:00:00:01 --auto-clone', expect: [], notSimulated: true },
    // migrate, the second host, domjobinfo
    { line: `${B} list --all`, expect: [/^ Id +Name +State\n-+\n\n$/] },
    { setup: [START], line: MIGRATE, expect: [/^Migration: \[ ?\d\d?\.\d\d %\]\n/, /Migration: \[100\.00 %\]\n\n$/] },
    { setup: [START], line: 'virsh migrate --live web-vm qemu+ssh://host-b/system', expect: [/^\n$/] },
    { setup: [START, MIGRATE], line: `${B} list`, expect: [/^ 1 +web-vm +running\n/m] },
    { setup: [START, MIGRATE], line: 'virsh list --all', expect: [], not: ['web-vm '] },
    { setup: [START, 'virsh migrate --live web-vm qemu+ssh://host-b/system'], line: 'virsh list --all', expect: [/ - +web-vm +shut off\n/] }, // prettier-ignore
    { setup: [START, 'virsh migrate --live web-vm qemu+ssh://host-b/system'], line: `${B} dominfo web-vm`, expect: ['Persistent:     no'] }, // prettier-ignore
    {
      setup: [START, MIGRATE],
      line: `${B} domjobinfo web-vm --completed`,
      expect: [
        /^Job type: +Completed +\nOperation: +Incoming migration\nTime elapsed: +\d+ +ms\n/,
        'Memory total:     2.000 GiB\n',
        /Memory bandwidth: \d+\.\d{3} MiB\/s\n/,
        /Total downtime: +\d+ +ms\n\n$/,
      ],
    },
    { setup: [START, MIGRATE], line: `${B} domjobinfo web-vm`, expect: [/^Job type: +None +\n\n$/] },
    { line: 'virsh migrate --live web-vm qemu+ssh://host-b/system', expect: ['error: Requested operation is not valid: domain is not running'], exit: 1 }, // prettier-ignore
    {
      setup: [START],
      line: 'virsh migrate --live web-vm qemu+ssh://hostb/system',
      expect: ['error: failed to connect to the hypervisor', 'Could not resolve hostname hostb'],
      exit: 1,
    },
    { line: 'virsh migrate --live web-vm', expect: ["error: command 'migrate' requires <desturi> option"], exit: 1 },
    { setup: [START], line: 'virsh migrate --live --copy-storage-all web-vm qemu+ssh://host-b/system', expect: [], notSimulated: true }, // prettier-ignore
    { setup: [START], line: 'virsh migrate --live --postcopy web-vm qemu+ssh://host-b/system', expect: [], notSimulated: true }, // prettier-ignore
    {
      setup: [START, 'virsh migrate --live web-vm qemu+ssh://host-b/system'],
      line: 'virsh console web-vm',
      expect: ['error: The domain is not running'],
      exit: 1,
    },
    {
      setup: [START, 'virsh migrate --live web-vm qemu+ssh://host-b/system'],
      line: 'virsh dominfo web-vm',
      expect: [/^Id: +-\n/, 'State:          shut off'],
    },
    { line: 'virsh -c qemu+ssh://nosuch/system list', expect: ['error: failed to connect to the hypervisor'], exit: 1 },
  ],
};
export default group;
