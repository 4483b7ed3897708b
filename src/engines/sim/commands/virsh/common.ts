/** What the virsh subcommands share: their shape, libvirt's state names and its "not valid" error. */
import type { Vm } from '../../model/types';
import type { Ctx } from '../../shell/types';

/** One subcommand: what it does with the domain, given the (modelled) options it was called with. */
export type Sub = (vm: Vm, ctx: Ctx, opts: Set<string>) => number;

/** A subcommand's real options: the modelled ones, and those that answer "not simulated". */
export interface SubOptions {
  supported: string[];
  unsimulated: string[];
}

/** The state as `virsh list`, `domstate` and `dominfo` name it. */
export function stateOf(vm: Vm): 'running' | 'paused' | 'shut off' {
  return !vm.running ? 'shut off' : vm.pausedAtMs !== null ? 'paused' : 'running';
}

/**
 * A failed command: virsh prints the error, then (as after every command it runs) an empty line on stdout
 * (tools/vsh.c, vshCommandRun). Errors found while parsing the command line come before that and have none.
 */
export function failed(ctx: Ctx, message: string): number {
  ctx.err(message);
  ctx.out('\n');
  return 1;
}

/** libvirt's "not valid" error, after the action that failed. */
export function invalid(ctx: Ctx, action: string, vm: Vm, why: string): number {
  return failed(
    ctx,
    `error: Failed to ${action} domain '${vm.name}'\nerror: Requested operation is not valid: ${why}\n`,
  );
}
