/** touch, mkdir, rm: the commands that change a filesystem (and meet EROFS under --read-only). */
import type { Command, Ctx } from '../shell/types';
import {
  listDir,
  makeDir,
  readFile,
  resolvePath,
  STRERROR,
  mountedAt,
  storeFor,
  writeFile,
  type WriteError,
} from '../shell/vfs';
import { viewOf } from '../shell/view';
import { HINT, notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** The error line GNU coreutils or BusyBox print for a failed change. */
function report(ctx: Ctx, tool: string, gnuVerb: string, arg: string, e: WriteError | 'EEXIST'): void {
  const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
  const text = e === 'EEXIST' ? 'File exists' : STRERROR[e];
  // BusyBox: `mkdir: can't create directory 'x': …`, `rm: can't remove 'x': …`, `touch: x: …`.
  const bb = tool === 'mkdir' ? `can't create directory '${arg}'` : tool === 'rm' ? `can't remove '${arg}'` : arg;
  ctx.err(busybox ? `${tool}: ${bb}: ${text}\n` : `${tool}: ${gnuVerb} '${arg}': ${text}\n`);
}

/** Parses options; prints the tool's error (or "not simulated") and returns its status, or the parse. */
function opts(ctx: Ctx, tool: string, argv: string[], spec: OptSpec) {
  const p = parseOpts(argv.slice(1), spec);
  const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
  const bad = optionError(ctx, tool, p, { busybox });
  if (bad !== null) return bad;
  if (p.args.length === 0 && !(tool === 'rm' && p.opts.f)) {
    ctx.err(`${tool}: missing ${tool === 'touch' ? 'file ' : ''}operand\nTry '${tool} --help' for more information.\n`);
    return 1;
  }
  return p;
}

const COMMON = ['--help', '--version'];
const TOUCH: OptSpec = {
  flags: { '-c': 'c', '--no-create': 'c', '-f': 'f' },
  unsimulated: ['-a', '-m', '-d', '--date', '-r', '--reference', '-t', '--time', '-h', '--no-dereference', ...COMMON],
};

/** `touch [-c] FILE…`: creates missing files (-c: does not); times are not modelled. */
export const touch: Command = {
  name: 'touch',
  usage: 'touch [-c] FILE...',
  summary: 'create empty files',
  surface: surfaceOf(TOUCH),
  run(argv, ctx) {
    const p = opts(ctx, 'touch', argv, TOUCH);
    if (typeof p === 'number') return p;
    let code = 0;
    for (const a of p.args) {
      const path = resolvePath(ctx.frame.cwd, a);
      const exists = readFile(ctx.sim, ctx.frame, path, ctx.selfPid, ctx.uid).ok || listDir(ctx.sim, ctx.frame, path);
      const e = p.opts.c && !exists ? null : writeFile(ctx.sim, ctx.frame, path, '', true, ctx.uid);
      if (e && !(e === 'EISDIR')) {
        report(ctx, 'touch', 'cannot touch', a, e);
        code = 1;
      }
    }
    return code;
  },
};

const MKDIR: OptSpec = {
  flags: { '-p': 'p', '--parents': 'p', '-v': 'v', '--verbose': 'v' },
  unsimulated: ['-m', '--mode', '-Z', '--context', ...COMMON],
};

/** `mkdir [-p] [-v] DIR…`. */
export const mkdir: Command = {
  name: 'mkdir',
  usage: 'mkdir [-p] [-v] DIR...',
  summary: 'make directories',
  surface: surfaceOf(MKDIR),
  run(argv, ctx) {
    const p = opts(ctx, 'mkdir', argv, MKDIR);
    if (typeof p === 'number') return p;
    let code = 0;
    for (const a of p.args) {
      // -p creates each missing ancestor, named as the operand spells it (`a`, then `a/b`).
      const segs = a.split('/');
      const chain = p.opts.p
        ? segs.map((_, i) => segs.slice(0, i + 1).join('/')).filter((x) => x.replace(/\//g, ''))
        : [a];
      for (const [k, shown] of chain.entries()) {
        const dir = resolvePath(ctx.frame.cwd, shown);
        const existed = listDir(ctx.sim, ctx.frame, dir) !== undefined;
        let e = existed ? (p.opts.p ? null : 'EEXIST') : makeDir(ctx.sim, ctx.frame, dir, ctx.uid);
        // With -p, a file where a parent should be is "Not a directory", named as far as it goes.
        const parentFile = e === 'EEXIST' && k < chain.length - 1;
        if (parentFile) e = 'ENOTDIR';
        if (e) {
          const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
          report(ctx, 'mkdir', 'cannot create directory', parentFile ? (busybox ? `${shown}/` : shown) : a, e);
          code = 1;
          break;
        }
        if (!existed && p.opts.v) ctx.out(`mkdir: created directory '${shown}'\n`);
      }
    }
    return code;
  },
};

const RM: OptSpec = {
  flags: { '-f': 'f', '--force': 'f', '-r': 'r', '-R': 'r', '--recursive': 'r', '-v': 'v', '--verbose': 'v' },
  unsimulated: [
    '-i',
    '-I',
    '--interactive',
    '-d',
    '--dir',
    '--one-file-system',
    '--preserve-root',
    '--no-preserve-root',
    ...COMMON,
  ],
};

/** `rm [-f] [-r] [-v] FILE…`: removes what the learner wrote; files that come with the image or OS are not modelled as removable. */
export const rm: Command = {
  name: 'rm',
  usage: 'rm [-fr] FILE...',
  summary: 'remove files',
  surface: surfaceOf(RM),
  run(argv, ctx) {
    const p = opts(ctx, 'rm', argv, RM);
    if (typeof p === 'number') return p;
    const rootRo = ctx.frame.env.kind === 'container' && viewOf(ctx.sim, ctx.frame.env).container?.config.readOnly;
    let code = 0;
    for (const a of p.args) {
      const path = resolvePath(ctx.frame.cwd, a);
      const isDir = listDir(ctx.sim, ctx.frame, path) !== undefined;
      // On a mount (volume, bind, tmpfs) the file lives in the mount's store, with the mount's own ro flag.
      const mount = mountedAt(ctx.sim, ctx.frame, path);
      const ro = mount ? mount.readOnly : rootRo;
      const { files, key } = storeFor(ctx.sim, ctx.frame, path);
      const mine = [...files.keys()].filter((k) => k === key || k === `${key}/` || (isDir && k.startsWith(`${key}/`)));
      const exists = isDir || readFile(ctx.sim, ctx.frame, path, ctx.selfPid, 0).ok;
      const yours = ctx.uid === 0 || path.startsWith(`${ctx.frame.home}/`) || path.startsWith('/tmp/');
      let e: WriteError | null = null;
      if (!exists) e = p.opts.f ? null : 'ENOENT';
      else if (isDir && !p.opts.r) e = 'EISDIR';
      else if (ro) e = 'EROFS';
      else if (!yours) e = 'EACCES';
      else if (!mine.length) {
        code = notSimulated(ctx, `rm ${a}`, HINT.linux, 'files that come with the image or OS cannot be removed here');
        continue;
      }
      if (e) {
        report(ctx, 'rm', 'cannot remove', a, e);
        code = 1;
        continue;
      }
      for (const k of mine) files.delete(k);
      if (mine.length && p.opts.v) ctx.out(`removed ${isDir ? 'directory ' : ''}'${a}'\n`);
    }
    return code;
  },
};
