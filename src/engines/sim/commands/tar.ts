/**
 * GNU tar(1), extraction only: `tar -xzf FILE [-C DIR]` (and `tar xzf`) unpacks the course's Alpine
 * minirootfs, the one archive on the host; creating and listing archives are real but not modelled.
 */
import { MINIROOTFS_MARKER, minirootfsEntries } from '../model/minirootfs';
import type { Command, Ctx } from '../shell/types';
import { listDir, makeDir, readFile, resolvePath, STRERROR, writeFile } from '../shell/vfs';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

const SPEC: OptSpec = {
  flags: { '-x': 'x', '--extract': 'x', '--get': 'x', '-z': 'z', '--gzip': 'z', '-v': 'v', '--verbose': 'v' },
  values: { '-f': 'f', '--file': 'f', '-C': 'C', '--directory': 'C' },
  unsimulated: ['-c', '--create', '-t', '--list', '-r', '--append', '-u', '--update', '-d', '--diff', '-A', '--catenate', '--delete', '-j', '--bzip2', '-J', '--xz', '--zstd', '-p', '--preserve-permissions', '--strip-components', '--exclude', '-O', '--to-stdout', '-k', '--keep-old-files', '--overwrite', '--numeric-owner', '--help', '--version'],
}; // prettier-ignore

/** The fatal line GNU tar ends with after an error it cannot recover from (exit 2). */
function fatal(ctx: Ctx, line: string): number {
  ctx.err(`tar: ${line}\ntar: Error is not recoverable: exiting now\n`);
  return 2;
}

/** `tar -x[z][v]f FILE [-C DIR]`. */
export const tar: Command = {
  name: 'tar',
  usage: 'tar -xzf FILE [-C DIR]',
  summary: 'extract a tar archive',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    if (ctx.frame.env.kind !== 'host' || ctx.frame.env.root !== undefined)
      return notSimulated(ctx, 'tar (in a container, a guest or a chroot)');
    // Old-style first argument: `tar xzf FILE` reads like `tar -xzf FILE`.
    const args = argv.slice(1);
    if (args[0] !== undefined && /^[a-zA-Z]+$/.test(args[0])) args[0] = `-${args[0]}`;
    const p = parseOpts(args, SPEC);
    const bad = optionError(ctx, 'tar', p, { status: 2 });
    if (bad !== null) return bad;
    if (!p.opts.x) {
      ctx.err(
        "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\n",
      );
      return 2;
    }
    if (p.args.length) return notSimulated(ctx, 'tar -x with member names');
    const file = typeof p.opts.f === 'string' ? p.opts.f : undefined;
    if (file === undefined && ctx.stdin === null)
      return fatal(ctx, 'Refusing to read archive contents from terminal (missing -f option?)');
    if (file === undefined) return notSimulated(ctx, 'tar -x from standard input (no -f)');
    const archive = readFile(ctx.sim, ctx.frame, resolvePath(ctx.frame.cwd, file), ctx.selfPid, ctx.uid);
    if (!archive.ok) return fatal(ctx, `${file}: Cannot open: ${STRERROR[archive.errno]}`);
    if (archive.text !== MINIROOTFS_MARKER) {
      ctx.err(
        'gzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\n',
      );
      return 2;
    }
    const dirArg = typeof p.opts.C === 'string' ? p.opts.C : '.';
    const dir = resolvePath(ctx.frame.cwd, dirArg);
    if (listDir(ctx.sim, ctx.frame, dir) === undefined)
      return fatal(ctx, `${dirArg}: Cannot open: No such file or directory`);
    for (const [name, content] of minirootfsEntries()) {
      const path = `${dir === '/' ? '' : dir}/${name.replace(/\/$/, '')}`;
      const e = name.endsWith('/')
        ? makeDir(ctx.sim, ctx.frame, path, ctx.uid)
        : writeFile(ctx.sim, ctx.frame, path, content, false, ctx.uid);
      if (e && e !== 'EEXIST') return fatal(ctx, `${name}: Cannot open: ${STRERROR[e]}`);
      if (p.opts.v) ctx.out(`${name.startsWith('.') ? '' : './'}${name}\n`);
    }
    return 0;
  },
};
