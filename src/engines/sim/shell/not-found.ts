/**
 * What the shell says when a command cannot be run (bash(1) "COMMAND EXECUTION"; BusyBox ash): a bare
 * name is searched in PATH ("command not found", 127), but a name with a slash is a path the shell
 * tries to execute itself, so it reports why that file could not be run: missing (127), a directory or
 * a file without the execute bit (126, "cannot execute").
 */
import type { Sim } from '../model/types';
import type { Frame } from './types';
import { listDir, readFile, resolvePath } from './vfs';

/** The shell's message (with newline) and exit status for `name`, which names no runnable command. */
export function notFound(sim: Sim, frame: Frame, name: string): { line: string; status: number } {
  const bash = frame.shell === 'bash';
  const say = (why: string) => (bash ? `bash: ${name}: ${why}\n` : `sh: ${name}: ${why}\n`);
  if (!name.includes('/')) return { line: bash ? say('command not found') : say('not found'), status: 127 };
  const path = resolvePath(frame.cwd, name);
  if (listDir(sim, frame, path) !== undefined)
    return { line: say(bash ? 'Is a directory' : 'Permission denied'), status: 126 };
  const file = readFile(sim, frame, path, 0, frame.uid);
  // Every file the simulated tree holds is data (no execute bit), so an existing one cannot be run.
  if (file.ok || file.errno === 'EACCES') return { line: say('Permission denied'), status: 126 };
  return { line: bash ? say('No such file or directory') : say('not found'), status: 127 };
}

const BIN_DIRS = ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin'];

/**
 * The program a command word names: its base name when it is bare or a path into a bin directory
 * (`/usr/bin/ls`), undefined for any other path (`/etc/hostname` is a file, not the hostname program).
 */
export function programName(cwd: string, name: string): string | undefined {
  const slash = name.lastIndexOf('/');
  if (slash < 0) return name;
  const dir = resolvePath(cwd, name.slice(0, slash) || '/');
  const base = name.slice(slash + 1);
  // The hello-world image's one program lives at the root: `/hello`.
  return BIN_DIRS.includes(dir) || (dir === '/' && base === 'hello') ? base : undefined;
}
