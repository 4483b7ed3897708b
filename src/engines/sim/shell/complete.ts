/** Tab completion: command names first, then each command's own words, then file paths. */
import type { Completion } from '../api';
import { COMMANDS } from '../commands/registry';
import type { Sim } from '../model/types';
import { hasTool } from './toolset';
import type { Frame } from './types';
import { listDir, resolvePath } from './vfs';

/** Commands whose arguments are file paths. */
const PATH_COMMANDS = new Set([
  'cat',
  'ls',
  'head',
  'tail',
  'wc',
  'grep',
  'touch',
  'rm',
  'mkdir',
  'rmdir',
  'source',
  '.',
]);
/** Words that run the command after them: completion skips them. */
const PREFIXES = new Set(['sudo', 'time']);

/** Completes the word before `cursor`; candidates replace `line.slice(start, cursor)`. */
export function completeLine(sim: Sim, frame: Frame, line: string, cursor: number): Completion {
  const upto = line.slice(0, Math.max(0, Math.min(cursor, line.length)));
  const segStart = Math.max(upto.lastIndexOf(';'), upto.lastIndexOf('|'), upto.lastIndexOf('&')) + 1;
  const segment = upto.slice(segStart);
  const wordStart = Math.max(segment.lastIndexOf(' '), segment.lastIndexOf('\t')) + 1;
  const word = segment.slice(wordStart);
  const start = segStart + wordStart;
  let argv = segment.slice(0, wordStart).trim().split(/\s+/).filter(Boolean);
  // `sudo CMD …` and bash's `time CMD …` complete as CMD would.
  while (argv.length > 0 && PREFIXES.has(argv[0] as string)) argv = argv.slice(1);
  const pick = (all: Iterable<string>) => [...new Set(all)].filter((c) => c.startsWith(word)).sort();
  if (argv.length === 0) {
    const names = [...COMMANDS.values()].filter((c) => c.builtin || hasTool(sim, frame.env, c.name)).map((c) => c.name);
    return { start, candidates: pick(names) };
  }
  const cmd = COMMANDS.get(argv[0] as string);
  if (!cmd) return { start, candidates: completePath(sim, frame, word, false) };
  if (cmd.name === 'cd') return { start, candidates: completePath(sim, frame, word, true) };
  const own = cmd.completions?.(argv, sim, word) ?? [];
  if (own.length > 0 || cmd.completions) return { start, candidates: pick(own) };
  // A flag slot: the command's own declared options (its surface), single flags only.
  if (word.startsWith('-'))
    return { start, candidates: pick(cmd.surface.supported.filter((f) => /^--?[^\s-][^\s]*$/.test(f))) };
  if (!PATH_COMMANDS.has(cmd.name)) return { start, candidates: [] };
  return { start, candidates: completePath(sim, frame, word, false) };
}

/** Completes a path: entries of its directory, with `/` after directories; only directories for `cd`. */
function completePath(sim: Sim, frame: Frame, word: string, dirsOnly: boolean): string[] {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const base = word.slice(slash + 1);
  const dir = resolvePath(frame.cwd, dirPart || '.');
  const entries = listDir(sim, frame, dir) ?? [];
  return entries
    .filter((e) => e.startsWith(base))
    .map((e) => ({ e, isDir: listDir(sim, frame, resolvePath(dir, e)) !== undefined }))
    .filter((x) => x.isDir || !dirsOnly)
    .map((x) => `${dirPart}${x.e}${x.isDir ? '/' : ''}`)
    .sort();
}
