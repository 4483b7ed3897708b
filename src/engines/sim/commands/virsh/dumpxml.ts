/**
 * `virsh dumpxml NAME`: the domain's libvirt XML, built from the model (name, uuid, memory, vCPUs, firmware,
 * disk, NIC, serial console). Shaped as libvirt 11 prints a q35 KVM guest; a running domain's live XML adds
 * its Id, device aliases, the pty its console uses and its security labels. Controllers, USB, the balloon and
 * other devices libvirt adds on its own are not modelled and not shown.
 */
import type { Vm } from '../../model/types';
import type { Sub, SubOptions } from './common';

/** dumpxml's real options (libvirt 11); --inactive is modelled. */
export const DUMPXML_OPTIONS: SubOptions = {
  supported: ['--inactive'],
  unsimulated: ['--security-info', '--update-cpu', '--migratable', '--xpath', '--wrap'],
};

/** The NIC's MAC: libvirt's 52:54:00 prefix (QEMU's OUI) and three bytes of the domain's uuid. */
function macOf(vm: Vm): string {
  const hex = vm.uuid.replace(/-/g, '');
  return `52:54:00:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
}

/** The `<os>` element: UEFI (OVMF, Debian's ovmf package paths) or SeaBIOS, which needs no loader element. */
function osXml(vm: Vm): string[] {
  const type = "    <type arch='x86_64' machine='pc-q35-10.0'>hvm</type>";
  if (!vm.efi) return ['  <os>', type, "    <boot dev='hd'/>", '  </os>'];
  return [
    "  <os firmware='efi'>",
    type,
    '    <firmware>',
    "      <feature enabled='no' name='enrolled-keys'/>",
    "      <feature enabled='no' name='secure-boot'/>",
    '    </firmware>',
    "    <loader readonly='yes' type='pflash' format='raw'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>",
    `    <nvram template='/usr/share/OVMF/OVMF_VARS_4M.fd' templateFormat='raw' format='raw'>/var/lib/libvirt/qemu/nvram/${vm.name}_VARS.fd</nvram>`,
    "    <boot dev='hd'/>",
    '  </os>',
  ];
}

/** The devices: the qcow2 disk as vda, a virtio NIC on the default network, the serial port and its console. */
function devicesXml(vm: Vm, live: boolean): string[] {
  const pty = `/dev/pts/${vm.id ?? 1}`;
  const alias = (name: string) => (live ? [`      <alias name='${name}'/>`] : []);
  return [
    '  <devices>',
    '    <emulator>/usr/bin/qemu-system-x86_64</emulator>',
    "    <disk type='file' device='disk'>",
    `      <driver name='qemu' type='${vm.disk.format}' discard='unmap'/>`,
    `      <source file='${vm.disk.path}'${live ? " index='1'" : ''}/>`,
    ...(live ? ['      <backingStore/>'] : []),
    "      <target dev='vda' bus='virtio'/>",
    ...alias('virtio-disk0'),
    "      <address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>",
    '    </disk>',
    "    <interface type='network'>",
    `      <mac address='${macOf(vm)}'/>`,
    `      <source network='default'${live ? " bridge='virbr0'" : ''}/>`,
    ...(live ? [`      <target dev='vnet${(vm.id ?? 1) - 1}'/>`] : []),
    "      <model type='virtio'/>",
    ...alias('net0'),
    "      <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>",
    '    </interface>',
    "    <serial type='pty'>",
    ...(live ? [`      <source path='${pty}'/>`] : []),
    "      <target type='isa-serial' port='0'>",
    "        <model name='isa-serial'/>",
    '      </target>',
    ...alias('serial0'),
    '    </serial>',
    live ? `    <console type='pty' tty='${pty}'>` : "    <console type='pty'>",
    ...(live ? [`      <source path='${pty}'/>`] : []),
    "      <target type='serial' port='0'/>",
    ...alias('serial0'),
    '    </console>',
    '  </devices>',
  ];
}

/** Security labels libvirt gives a running domain: its AppArmor profile and qemu's uid:gid (libvirt-qemu:kvm). */
function seclabelXml(vm: Vm): string[] {
  return [
    "  <seclabel type='dynamic' model='apparmor' relabel='yes'>",
    `    <label>libvirt-${vm.uuid}</label>`,
    `    <imagelabel>libvirt-${vm.uuid}</imagelabel>`,
    '  </seclabel>',
    "  <seclabel type='dynamic' model='dac' relabel='yes'>",
    '    <label>+64055:+994</label>',
    '    <imagelabel>+64055:+994</imagelabel>',
    '  </seclabel>',
  ];
}

/** The domain XML, live for a running domain unless `--inactive` asks for the persistent definition. */
export function domainXml(vm: Vm, inactive: boolean): string {
  const live = vm.running && !inactive;
  const kib = vm.memMiB * 1024;
  return [
    `<domain type='kvm'${live ? ` id='${vm.id}'` : ''}>`,
    `  <name>${vm.name}</name>`,
    `  <uuid>${vm.uuid}</uuid>`,
    `  <memory unit='KiB'>${kib}</memory>`,
    `  <currentMemory unit='KiB'>${kib}</currentMemory>`,
    `  <vcpu placement='static'>${vm.vcpus}</vcpu>`,
    ...(live ? ['  <resource>', '    <partition>/machine</partition>', '  </resource>'] : []),
    ...osXml(vm),
    '  <features>',
    '    <acpi/>',
    '    <apic/>',
    '  </features>',
    // The course's domains pass the host CPU through without VT-x: no nested virtualization in the guests.
    "  <cpu mode='host-passthrough' check='none' migratable='on'>",
    "    <feature policy='disable' name='vmx'/>",
    '  </cpu>',
    "  <clock offset='utc'>",
    "    <timer name='rtc' tickpolicy='catchup'/>",
    "    <timer name='pit' tickpolicy='delay'/>",
    "    <timer name='hpet' present='no'/>",
    '  </clock>',
    '  <on_poweroff>destroy</on_poweroff>',
    '  <on_reboot>restart</on_reboot>',
    '  <on_crash>destroy</on_crash>',
    ...devicesXml(vm, live),
    ...(live ? seclabelXml(vm) : []),
    '</domain>',
    '',
  ].join('\n');
}

/** `virsh dumpxml [--inactive] NAME`, followed by virsh's empty line. */
export const dumpxml: Sub = (vm, ctx, opts) => {
  ctx.out(`${domainXml(vm, opts.has('--inactive'))}\n`);
  return 0;
};
