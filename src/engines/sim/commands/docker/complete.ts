/**
 * Tab completion for `docker` that knows which argument slot the cursor is in, as docker's own completion does
 * (`docker completion bash`, which asks `docker __complete`): a subcommand, then per subcommand its flags (for a
 * word starting with `-`), nothing after a flag that takes a value, and the right kind of object in each
 * positional slot — an image for `run`/`pull`/`rmi`, a running container for `exec`/`stop`, any for `rm`/`logs`.
 */
import { REGISTRY } from '../../model/catalog';
import type { Sim } from '../../model/types';
import type { OptSpec } from '../opts';
import { own } from '../../own';
import { MANAGEMENT, SUBCOMMANDS } from './tree';

/** Every `repo:tag` the offline registry can pull. */
const pullable = (): string[] => REGISTRY.flatMap((r) => r.tags.map((t) => `${r.repo}:${t}`));

/** What each positional slot of a subcommand holds, first slot first; the last kind repeats. */
type Kind = 'image' | 'pullable' | 'running' | 'container' | 'program' | 'network' | 'volume' | 'none';
const SLOTS: Record<string, Kind[]> = {
  run: ['pullable', 'none'],
  create: ['pullable', 'none'],
  pull: ['pullable'],
  rmi: ['image'],
  history: ['image'],
  exec: ['running', 'program', 'none'],
  stop: ['running'],
  kill: ['running'],
  stats: ['running'],
  rm: ['container'],
  start: ['container'],
  logs: ['container'],
  inspect: ['container'],
  port: ['running'],
  ps: ['none'],
  images: ['none'],
  // A management command's subcommand is looked up with its group first (`network inspect` is not `inspect`).
  'network inspect': ['network'],
  'network rm': ['network'],
  'network connect': ['network', 'container'],
  'network disconnect': ['network', 'container'],
  'volume inspect': ['volume'],
  'volume rm': ['volume'],
};

/** Candidates for `word` after `argv` (argv[0] is `docker`). */
export function completeDockerSlot(argv: string[], sim: Sim, word: string): string[] {
  if (argv.length === 1)
    return [...SUBCOMMANDS.keys(), ...Object.keys(MANAGEMENT).filter((m) => MANAGEMENT[m]!.subs.size)];
  let sub = argv[1] as string;
  let rest = argv.slice(2);
  let key = sub;
  const managed = own(MANAGEMENT, sub);
  if (managed) {
    if (argv.length === 2) return [...managed.subs.keys()];
    key = `${sub} ${argv[2] as string}`;
    sub = argv[2] as string;
    rest = argv.slice(3);
  }
  const spec = (managed ? managed.subs.get(sub) : SUBCOMMANDS.get(sub))?.spec;
  if (!spec) return [];
  const slot = positionalSlot(rest, spec);
  if (slot === 'value') return [];
  if (word.startsWith('-')) return slot === 0 || !spec.stopAtPositional ? flagsOf(spec) : [];
  const kinds = own(SLOTS, key) ?? own(SLOTS, sub) ?? ['none'];
  return objects(sim, kinds[Math.min(slot, kinds.length - 1)] as Kind);
}

/** The declared (modelled) flags of a subcommand. */
function flagsOf(spec: OptSpec): string[] {
  return [...Object.keys(spec.flags ?? {}), ...Object.keys(spec.values ?? {})];
}

/** Which positional slot the next word fills (0 = first), or 'value' when it is the value of a flag. */
function positionalSlot(words: string[], spec: OptSpec): number | 'value' {
  const values = new Set(Object.keys(spec.values ?? {}));
  let slot = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (slot > 0 && spec.stopAtPositional) {
      slot++;
      continue;
    }
    if (w.startsWith('-') && w !== '-') {
      if (w.includes('=')) continue;
      // `-m 64m`, `--name x`; in `-itm 64m` the last letter is the one that takes the value.
      const last = w.startsWith('--') ? w : `-${w.slice(-1)}`;
      if (values.has(last)) {
        if (i === words.length - 1) return 'value';
        i++;
      }
      continue;
    }
    slot++;
  }
  return slot;
}

function objects(sim: Sim, kind: Kind): string[] {
  const s = sim.state;
  switch (kind) {
    case 'image':
      return [...s.images.values()].flatMap((i) => i.tags);
    case 'pullable':
      return [...[...s.images.values()].flatMap((i) => i.tags), ...pullable()];
    case 'running':
      return s.containers.filter((c) => c.status === 'running').map((c) => c.name);
    case 'container':
      return s.containers.map((c) => c.name);
    case 'program':
      return ['sh', 'bash'];
    case 'network':
      return s.networks.map((n) => n.name);
    case 'volume':
      return s.volumes.map((v) => v.name);
    case 'none':
      return [];
  }
}
