/** Tab completion: command names first, then each command's own words, then file paths. */
import type { Completion } from '../api';
import { COMMANDS } from '../commands/registry';
import type { Sim } from '../model/types';
import { hasTool } from './toolset';
import type { Frame } from './types';
import { listDir, resolvePath } from './vfs';

/** Commands whose arguments are file paths. */
const PATH_COMMANDS = new Set(['cat', 'ls', 'cd', 'head', 'tail', 'wc', 'grep', 'touch', 'rm', 'mkdir']);

/** Completes the word before `cursor`; candidates replace `line.slice(start, cursor)`. */
export function completeLine(sim: Sim, frame: Frame, line: string, cursor: number): Completion {
  const upto = line.slice(0, Math.max(0, Math.min(cursor, line.length)));
  const segStart = Math.max(upto.lastIndexOf(';'), upto.lastIndexOf('|'), upto.lastIndexOf('&')) + 1;
  const segment = upto.slice(segStart);
  const wordStart = Math.max(segment.lastIndexOf(' '), segment.lastIndexOf('\t')) + 1;
  const word = segment.slice(wordStart);
  const start = segStart + wordStart;
  const argv = segment.slice(0, wordStart).trim().split(/\s+/).filter(Boolean);
  const pick = (all: Iterable<string>) => [...new Set(all)].filter((c) => c.startsWith(word)).sort();
  if (argv.length === 0) {
    const names = [...COMMANDS.values()].filter((c) => c.builtin || hasTool(sim, frame.env, c.name)).map((c) => c.name);
    return { start, candidates: pick(names) };
  }
  const cmd = COMMANDS.get(argv[0] as string);
  const own = cmd?.completions?.(argv, sim) ?? [];
  if (own.length > 0 || !PATH_COMMANDS.has(cmd?.name ?? '')) return { start, candidates: pick(own) };
  return { start, candidates: completePath(sim, frame, word) };
}

/** Completes a path: entries of its directory, with `/` after directories. */
function completePath(sim: Sim, frame: Frame, word: string): string[] {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const base = word.slice(slash + 1);
  const dir = resolvePath(frame.cwd, dirPart || '.');
  const entries = listDir(sim, frame, dir) ?? [];
  return entries
    .filter((e) => e.startsWith(base))
    .map((e) => `${dirPart}${e}${listDir(sim, frame, resolvePath(dir, e)) !== undefined ? '/' : ''}`)
    .sort();
}
