/**
 * What a kernel reports about the hardware it runs on: /proc/cpuinfo and /proc/modules. The host sees its CPU
 * (facts.ts HOST_CPU) with `vmx`; a KVM guest sees the vCPUs qemu gives it (`-cpu host,vmx=off`, one socket per
 * vCPU): the same model, the `hypervisor` flag, no `vmx`. A container reads the host's files: /proc is not
 * namespaced for these.
 */
import { HOST, HOST_CPU } from '../facts';
import type { Sim } from '../model/types';
import type { SysView } from './view';

/** Flags of the host's Kaby Lake CPU under Linux 6.12 (representative, as a 6.x kernel lists them). */
const HOST_FLAGS =
  'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush dts acpi mmx fxsr sse sse2 ss ht tm pbe syscall nx pdpe1gb rdtscp lm constant_tsc art arch_perfmon pebs bts rep_good nopl xtopology nonstop_tsc cpuid aperfmperf pni pclmulqdq dtes64 monitor ds_cpl vmx est tm2 ssse3 sdbg fma cx16 xtpr pdcm pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand lahf_lm abm 3dnowprefetch cpuid_fault epb pti ssbd ibrs ibpb stibp tpr_shadow flexpriority ept vpid ept_ad fsgsbase tsc_adjust sgx bmi1 avx2 smep bmi2 erms invpcid mpx rdseed adx smap clflushopt intel_pt xsaveopt xsavec xgetbv1 xsaves dtherm ida arat pln pts hwp hwp_notify hwp_act_window hwp_epp vnmi md_clear flush_l1d arch_capabilities';
/** VT-x features the host kernel lists on its own line (Linux ≥ 5.8). */
const VMX_FLAGS =
  'vnmi preemption_timer invvpid ept_x_only ept_ad ept_1gb flexpriority tsc_offset vtpr mtf vapic ept vpid unrestricted_guest ple pml ept_mode_based_exec';
/**
 * The same CPU as a guest sees it through QEMU: no thermal/power-management or VT-x flags (vmx is disabled in
 * the domain), no `ht` (one thread per socket), and `hypervisor`, the CPUID bit a hypervisor sets for its guests.
 */
const GUEST_FLAGS =
  'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss syscall nx pdpe1gb rdtscp lm constant_tsc arch_perfmon rep_good nopl xtopology cpuid tsc_known_freq pni pclmulqdq ssse3 fma cx16 pdcm pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand hypervisor lahf_lm abm 3dnowprefetch cpuid_fault pti ssbd ibrs ibpb stibp fsgsbase tsc_adjust bmi1 avx2 smep bmi2 erms invpcid mpx rdseed adx smap clflushopt xsaveopt xsavec xgetbv1 xsaves arat md_clear flush_l1d arch_capabilities';
const BUGS =
  'cpu_meltdown spectre_v1 spectre_v2 spec_store_bypass l1tf mds swapgs itlb_multihit srbds mmio_stale_data retbleed gds bhi';

/** One processor's block, in the kernel's field order (arch/x86/kernel/cpu/proc.c). */
function cpuBlock(
  n: number,
  topo: { physical: number; siblings: number; core: number; cores: number; apic: number },
  guest: boolean,
): string {
  const rows: Array<[string, string]> = [
    ['processor', String(n)],
    ['vendor_id', 'GenuineIntel'],
    ['cpu family', String(HOST_CPU.family)],
    ['model', String(HOST_CPU.model)],
    ['model name', HOST_CPU.modelName],
    ['stepping', String(HOST_CPU.stepping)],
    // KVM shows guests microcode revision 0x1; QEMU's legacy cache description is a 16 MiB L3.
    ['microcode', guest ? '0x1' : HOST_CPU.microcode],
    ['cpu MHz', HOST_CPU.mhz.toFixed(3)],
    ['cache size', `${guest ? 16384 : HOST_CPU.cacheKB} KB`],
    ['physical id', String(topo.physical)],
    ['siblings', String(topo.siblings)],
    ['core id', String(topo.core)],
    ['cpu cores', String(topo.cores)],
    ['apicid', String(topo.apic)],
    ['initial apicid', String(topo.apic)],
    ['fpu', 'yes'],
    ['fpu_exception', 'yes'],
    ['cpuid level', '22'],
    ['wp', 'yes'],
    ['flags', guest ? GUEST_FLAGS : HOST_FLAGS],
    ...(guest ? [] : [['vmx flags', VMX_FLAGS] as [string, string]]),
    ['bugs', BUGS],
    // Twice the clock: a guest takes the TSC rate KVM tells it; the host's calibration lands a little under.
    ['bogomips', (HOST_CPU.mhz * 2 - (guest ? 0 : 0.13)).toFixed(2)],
    ['clflush size', '64'],
    ['cache_alignment', '64'],
    ['address sizes', '39 bits physical, 48 bits virtual'],
  ];
  // The kernel pads names to 8 columns with tabs: "model\t\t: ", "cpu family\t: ".
  return `${rows.map(([k, v]) => `${k}${k.length < 8 ? '\t\t' : '\t'}: ${v}`).join('\n')}\npower management:\n\n`;
}

/** /proc/cpuinfo of the viewing kernel. */
export function cpuinfo(v: SysView): string {
  if (v.kind === 'vm') {
    // qemu -smp N,sockets=N,cores=1,threads=1: each vCPU is its own single-core package.
    return Array.from({ length: v.cpus }, (_, i) =>
      cpuBlock(i, { physical: i, siblings: 1, core: 0, cores: 1, apic: i }, true),
    ).join('');
  }
  // Linux numbers the first thread of each core first: CPU 0–1 are cores 0–1, CPU 2–3 their hyperthreads.
  const cores = HOST_CPU.cores;
  return Array.from({ length: HOST.cpus }, (_, i) =>
    cpuBlock(
      i,
      {
        physical: 0,
        siblings: HOST.cpus,
        core: i % cores,
        cores,
        apic: (i % cores) * HOST_CPU.threadsPerCore + Math.floor(i / cores),
      },
      false,
    ),
  ).join('');
}

/** A loaded module as /proc/modules lists it: size in bytes, use count, the modules that use it. */
export interface Module {
  name: string;
  size: number;
  used: number;
  by: string[];
}

/** Modules a Debian 13 host with Docker and libvirt has loaded (representative list and sizes), newest first. */
const HOST_MODULES: Module[] = [
  { name: 'veth', size: 45056, used: 0, by: [] },
  { name: 'xt_conntrack', size: 12288, used: 1, by: [] },
  { name: 'xt_MASQUERADE', size: 16384, used: 1, by: [] },
  { name: 'nft_chain_nat', size: 12288, used: 3, by: [] },
  { name: 'nf_nat', size: 61440, used: 2, by: ['nft_chain_nat', 'xt_MASQUERADE'] },
  { name: 'nf_conntrack', size: 196608, used: 3, by: ['xt_conntrack', 'nf_nat', 'xt_MASQUERADE'] },
  { name: 'nf_defrag_ipv6', size: 24576, used: 1, by: ['nf_conntrack'] },
  { name: 'nf_defrag_ipv4', size: 12288, used: 1, by: ['nf_conntrack'] },
  { name: 'bridge', size: 421888, used: 0, by: [] },
  { name: 'stp', size: 12288, used: 1, by: ['bridge'] },
  { name: 'llc', size: 16384, used: 2, by: ['bridge', 'stp'] },
  { name: 'overlay', size: 212992, used: 0, by: [] },
  { name: 'kvm_intel', size: 413696, used: 0, by: [] },
  { name: 'kvm', size: 1396736, used: 1, by: ['kvm_intel'] },
  { name: 'irqbypass', size: 12288, used: 1, by: ['kvm'] },
  { name: 'e1000e', size: 352256, used: 0, by: [] },
  { name: 'ext4', size: 1114112, used: 1, by: [] },
  { name: 'mbcache', size: 16384, used: 1, by: ['ext4'] },
  { name: 'jbd2', size: 196608, used: 1, by: ['ext4'] },
];

/** A Debian guest's modules: virtio drivers for its disk, NIC and console, and its root filesystem. */
const DEBIAN_GUEST_MODULES: Module[] = [
  { name: 'virtio_net', size: 77824, used: 0, by: [] },
  { name: 'net_failover', size: 20480, used: 1, by: ['virtio_net'] },
  { name: 'failover', size: 12288, used: 1, by: ['net_failover'] },
  { name: 'virtio_console', size: 45056, used: 0, by: [] },
  { name: 'virtio_balloon', size: 28672, used: 0, by: [] },
  { name: 'virtio_blk', size: 32768, used: 2, by: [] },
  { name: 'ext4', size: 1114112, used: 1, by: [] },
  { name: 'mbcache', size: 16384, used: 1, by: ['ext4'] },
  { name: 'jbd2', size: 196608, used: 1, by: ['ext4'] },
];

/**
 * CirrOS loads what /etc/modules lists and its Ubuntu kernel does not build in (cirros-dev/cirros
 * src/etc/modules, src/etc/init.d/load-modules); a representative subset.
 */
const CIRROS_MODULES: Module[] = [
  { name: 'sctp', size: 434176, used: 2, by: [] },
  { name: 'ip_tables', size: 32768, used: 0, by: [] },
  { name: 'x_tables', size: 53248, used: 1, by: ['ip_tables'] },
  { name: 'nls_utf8', size: 16384, used: 0, by: [] },
  { name: 'nls_iso8859_1', size: 16384, used: 0, by: [] },
  { name: 'nls_cp437', size: 20480, used: 0, by: [] },
  { name: 'vfat', size: 20480, used: 0, by: [] },
  { name: 'fat', size: 86016, used: 1, by: ['vfat'] },
  { name: 'isofs', size: 53248, used: 0, by: [] },
  { name: '8021q', size: 45056, used: 0, by: [] },
  { name: 'garp', size: 20480, used: 1, by: ['8021q'] },
  { name: 'mrp', size: 20480, used: 1, by: ['8021q'] },
  { name: 'e1000', size: 159744, used: 0, by: [] },
];

/**
 * Modules of the viewing kernel. On the host, each running VM holds kvm_intel through qemu's open /dev/kvm,
 * VM and vCPU file descriptors (kvm_init() makes the vendor module their owner), so its use count grows.
 */
export function modulesOf(sim: Sim, v: SysView): Module[] {
  if (v.kind === 'vm') return v.os.id === 'cirros' ? CIRROS_MODULES : DEBIAN_GUEST_MODULES;
  // Only this host's qemu processes hold it: a domain migrated to host-b runs in host-b's kernel.
  const held = sim.state.vms.filter((vm) => vm.running && vm.host === undefined).reduce((n, vm) => n + 2 + vm.vcpus, 0);
  return HOST_MODULES.map((m) => (m.name === 'kvm_intel' ? { ...m, used: held } : m));
}

/** /proc/modules: `name size uses users, state address` (addresses read as 0 without CAP_SYSLOG). */
export function procModules(sim: Sim, v: SysView): string {
  return modulesOf(sim, v)
    .map((m) => `${m.name} ${m.size} ${m.used} ${m.by.length ? `${m.by.join(',')},` : '-'} Live 0x0000000000000000\n`)
    .join('');
}
