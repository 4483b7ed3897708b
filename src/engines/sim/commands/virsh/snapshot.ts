/**
 * virsh's snapshot commands (tools/virsh-snapshot.c; virsh(1) "SNAPSHOT COMMANDS"): create-as, list, info,
 * current, revert and delete, with libvirt's messages. Each runs against one connection's domain.
 */
import { isoAt } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import type { Vm, VmSnapshot } from '../../model/types';
import { createSnapshot, deleteSnapshot, familyOf, revertSnapshot, snapshotRefusal } from '../../model/vm-snapshots';
import { HINT, notSimulated } from '../honesty';
import type { VirshSpec } from './args';
import { failed } from './common';
import { vshTable } from './table';

/** Each command's options (libvirt 11): modelled, and real ones answered "not simulated". */
export const SNAPSHOT_SPECS: Record<string, VirshSpec> = {
  'snapshot-create-as': {
    bools: ['disk-only', 'atomic'],
    strings: ['domain', 'name', 'description'],
    positional: ['domain', 'name', 'description'],
    unsimulated: ['print-xml', 'no-metadata', 'halt', 'reuse-external', 'quiesce', 'live', 'memspec', 'diskspec', 'validate'],
    required: ['domain'],
  },
  'snapshot-list': {
    bools: ['tree', 'parent', 'name'],
    strings: ['domain'],
    positional: ['domain'],
    unsimulated: ['roots', 'leaves', 'no-leaves', 'metadata', 'no-metadata', 'inactive', 'active', 'disk-only', 'internal', 'external', 'from', 'current', 'descendants', 'topological'],
    required: ['domain'],
  },
  'snapshot-info': { bools: ['current'], strings: ['domain', 'snapshotname'], positional: ['domain', 'snapshotname'], unsimulated: [], required: ['domain'] },
  'snapshot-current': { bools: ['name'], strings: ['domain', 'snapshotname'], positional: ['domain', 'snapshotname'], unsimulated: ['security-info'], required: ['domain'] },
  'snapshot-revert': { bools: ['current'], strings: ['domain', 'snapshotname'], positional: ['domain', 'snapshotname'], unsimulated: ['running', 'paused', 'force', 'reset-nvram'], required: ['domain'] },
  'snapshot-delete': { bools: ['current'], strings: ['domain', 'snapshotname'], positional: ['domain', 'snapshotname'], unsimulated: ['children', 'children-only', 'metadata'], required: ['domain'] },
}; // prettier-ignore

type Opts = Map<string, string | true>;

/** The snapshot a --snapshotname or --current names (virshLookupSnapshot), or the status after its error. */
function lookup(ctx: Ctx, vm: Vm, o: Opts): VmSnapshot | number {
  const name = o.get('snapshotname');
  // Checked inside the command's handler, so virsh's empty line after a command follows (common.ts, failed).
  if (typeof name === 'string' && o.has('current'))
    return failed(ctx, 'error: --snapshotname and --current are mutually exclusive\n');
  const wanted = typeof name === 'string' ? name : o.has('current') ? vm.currentSnapshot : undefined;
  if (wanted === undefined) return failed(ctx, 'error: --snapshotname or --current is required\n');
  const snap = (vm.snapshots ?? []).find((s) => s.name === wanted);
  if (snap) return snap;
  return failed(
    ctx,
    wanted === null
      ? `error: Domain snapshot not found: the domain does not have a current snapshot\n`
      : `error: Domain snapshot not found: no domain snapshot with matching name '${wanted}'\n`,
  );
}

/** The snapshot tree, as vshTreePrint draws it: each child under a `|`, after `+- `. */
function tree(vm: Vm): string {
  const list = [...(vm.snapshots ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  const walk = (s: VmSnapshot, indent: string, depth: number, last: boolean): void => {
    out.push(depth === 0 ? s.name : `${indent}+- ${s.name}`);
    const kids = list.filter((k) => k.parent === s.name);
    const next = depth === 0 ? '  ' : `${indent}${last ? '   ' : '|  '}`;
    kids.forEach((k, i) => {
      out.push(`${next}|`);
      walk(k, next, depth + 1, i === kids.length - 1);
    });
  };
  for (const root of list.filter((s) => s.parent === null)) {
    walk(root, '', 0, true);
    out.push('');
  }
  return out.map((l) => `${l}\n`).join('');
}

/** Runs one snapshot command on `vm` with its parsed options. */
export function runSnapshot(sub: string, vm: Vm, ctx: Ctx, o: Opts): number {
  const state = ctx.sim.state;
  switch (sub) {
    case 'snapshot-create-as': {
      const name = (o.get('name') as string | undefined) ?? String(Math.floor((state.epochMs + state.clockMs) / 1000));
      const diskOnly = o.has('disk-only');
      const refusal = snapshotRefusal(vm, name, diskOnly);
      if (refusal) return failed(ctx, `error: ${refusal}\n`);
      createSnapshot(state, vm, name, (o.get('description') as string | undefined) ?? '', diskOnly);
      ctx.out(`Domain snapshot ${name} created\n`);
      return 0;
    }
    case 'snapshot-list': {
      // VSH_EXCLUSIVE_OPTIONS_VAR(tree, name) and (parent, tree), in that order.
      if (o.has('tree') && (o.has('name') || o.has('parent'))) {
        ctx.err(
          `error: Options ${o.has('name') ? '--tree and --name' : '--parent and --tree'} are mutually exclusive\n`,
        );
        return 1;
      }
      const list = [...(vm.snapshots ?? [])].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
      if (o.has('tree')) ctx.out(`${tree(vm)}\n`);
      else if (o.has('name')) ctx.out(`${list.map((s) => `${s.name}\n`).join('')}\n`);
      else {
        // Creation Time as g_date_time_format "%Y-%m-%d %H:%M:%S %z" in the host's zone (UTC here).
        const when = (s: VmSnapshot) =>
          `${isoAt(s.creationTime * 1000, 0)
            .slice(0, 19)
            .replace('T', ' ')} +0000`;
        const head = ['Name', 'Creation Time', 'State', ...(o.has('parent') ? ['Parent'] : [])];
        const rows = list.map((s) => [s.name, when(s), s.state, ...(o.has('parent') ? [s.parent ?? ''] : [])]);
        ctx.out(`${vshTable(head, rows)}\n`);
      }
      return 0;
    }
    case 'snapshot-info': {
      const snap = lookup(ctx, vm, o);
      if (typeof snap === 'number') return snap;
      const fam = familyOf(vm, snap.name);
      const rows: Array<[string, string | number]> = [
        ['Name:', snap.name],
        ['Domain:', vm.name],
        ['Current:', vm.currentSnapshot === snap.name ? 'yes' : 'no'],
        ['State:', snap.state],
        ['Location:', snap.location],
        ['Parent:', snap.parent ?? '-'],
        ['Children:', fam.children],
        ['Descendants:', fam.descendants],
        ['Metadata:', 'yes'],
      ];
      ctx.out(`${rows.map(([k, v]) => `${k.padEnd(15)} ${v}\n`).join('')}\n`);
      return 0;
    }
    case 'snapshot-current': {
      const set = o.get('snapshotname');
      if (typeof set === 'string') {
        if (o.has('name')) return failed(ctx, 'error: Options --name and --snapshotname are mutually exclusive\n');
        const snap = lookup(ctx, vm, o);
        if (typeof snap === 'number') return snap;
        vm.currentSnapshot = snap.name;
        ctx.out(`Snapshot ${snap.name} set as current\n`);
        return 0;
      }
      if (!vm.currentSnapshot) return failed(ctx, `error: domain '${vm.name}' has no current snapshot\n`);
      if (!o.has('name'))
        return notSimulated(ctx, 'virsh snapshot-current (the snapshot XML)', HINT.libvirt, 'add --name for its name');
      ctx.out(`${vm.currentSnapshot}\n`);
      return 0;
    }
    case 'snapshot-revert': {
      const snap = lookup(ctx, vm, o);
      if (typeof snap === 'number') return snap;
      if (snap.location === 'external')
        return notSimulated(ctx, 'virsh snapshot-revert (to an external snapshot)', HINT.libvirt);
      revertSnapshot(state, vm, snap);
      ctx.out(`Domain snapshot ${snap.name} reverted\n\n`);
      return 0;
    }
    case 'snapshot-delete': {
      const snap = lookup(ctx, vm, o);
      if (typeof snap === 'number') return snap;
      deleteSnapshot(vm, snap);
      ctx.out(`Domain snapshot ${snap.name} deleted\n\n`);
      return 0;
    }
  }
  return 1;
}
