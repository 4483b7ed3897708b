/**
 * Tab completion for `virsh` by argument slot, with the domain lists virsh's own completer gives
 * (`virsh complete`, tools/virsh-completer-domain.c: `start` offers inactive domains, `console`, `destroy`,
 * `shutdown`… active ones, `resume` paused ones) and each subcommand's options for a word starting with `-`.
 */
import type { Sim, Vm } from '../../model/types';
import { DOMAIN_OPTIONS, DOMAIN_SUBS } from './domain';

const INACTIVE = new Set(['start']);
const ACTIVE = new Set(['console', 'destroy', 'shutdown', 'reboot', 'suspend']);
const PAUSED = new Set(['resume']);

/** Candidates for `word` after `argv` (argv[0] is `virsh`). */
export function completeVirshSlot(argv: string[], sim: Sim, word: string): string[] {
  const args = argv[1] === '-c' ? argv.slice(2) : argv.slice(0);
  if (args.length === 1) return ['list', 'version', ...DOMAIN_SUBS.keys()];
  const sub = args[1] as string;
  if (sub === 'list') return ['--all', '--inactive'];
  if (sub === 'version') return ['--daemon'];
  if (!DOMAIN_SUBS.has(sub)) return [];
  if (word.startsWith('-')) return [...(DOMAIN_OPTIONS[sub]?.supported ?? [])];
  // One domain per command: once it is given, only options remain.
  if (args.slice(2).some((a) => !a.startsWith('-'))) return [];
  return sim.state.vms.filter((vm) => fits(sub, vm)).map((vm) => vm.name);
}

function fits(sub: string, vm: Vm): boolean {
  if (INACTIVE.has(sub)) return !vm.running;
  if (PAUSED.has(sub)) return vm.running && vm.pausedAtMs !== null;
  if (ACTIVE.has(sub)) return vm.running;
  return true;
}
