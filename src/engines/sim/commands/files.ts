/** touch, mkdir, rm: the commands that change a filesystem (and meet EROFS under --read-only). */
import type { Command, Ctx } from '../shell/types';
import { makeDir, resolvePath, STRERROR, writableFiles, writeFile, type WriteError } from '../shell/vfs';
import { viewOf } from '../shell/view';

/** The error line GNU coreutils or BusyBox print for a failed change. */
function report(ctx: Ctx, tool: string, gnuVerb: string, arg: string, e: WriteError): void {
  const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
  ctx.err(busybox ? `${tool}: ${arg}: ${STRERROR[e]}\n` : `${tool}: ${gnuVerb} '${arg}': ${STRERROR[e]}\n`);
}

/** Applies `change` to each operand's path, reports every failure; 1 if any failed, else 0. */
function changeEach(
  ctx: Ctx,
  tool: string,
  gnuVerb: string,
  operands: string[],
  change: (path: string) => WriteError | null,
): number {
  let code = 0;
  for (const a of operands) {
    const e = change(resolvePath(ctx.frame.cwd, a));
    if (e) {
      report(ctx, tool, gnuVerb, a, e);
      code = 1;
    }
  }
  return code;
}

/** `touch FILE…`. */
export const touch: Command = {
  name: 'touch',
  usage: 'touch FILE...',
  summary: 'create empty files',
  run(argv, ctx) {
    if (argv.length < 2) {
      ctx.err("touch: missing file operand\nTry 'touch --help' for more information.\n");
      return 1;
    }
    return changeEach(ctx, 'touch', 'cannot touch', argv.slice(1), (path) =>
      writeFile(ctx.sim, ctx.frame, path, '', true, ctx.uid),
    );
  },
};

/** `mkdir DIR…`. */
export const mkdir: Command = {
  name: 'mkdir',
  usage: 'mkdir DIR...',
  summary: 'make directories',
  run(argv, ctx) {
    if (argv.length < 2) {
      ctx.err("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
      return 1;
    }
    const dirs = argv.slice(1).filter((x) => x !== '-p');
    return changeEach(ctx, 'mkdir', 'cannot create directory', dirs, (path) =>
      makeDir(ctx.sim, ctx.frame, path, ctx.uid),
    );
  },
};

/** `rm [-f] FILE…`: removes files the learner created (image files are not modelled as removable). */
export const rm: Command = {
  name: 'rm',
  usage: 'rm [-f] FILE...',
  summary: 'remove files',
  run(argv, ctx) {
    const force = argv.includes('-f') || argv.includes('-rf');
    const files = writableFiles(ctx.sim, ctx.frame);
    let code = 0;
    for (const a of argv.slice(1).filter((x) => !x.startsWith('-'))) {
      const path = resolvePath(ctx.frame.cwd, a);
      const ro = ctx.frame.env.kind === 'container' && viewOf(ctx.sim, ctx.frame.env).container?.config.readOnly;
      if (files.has(path) && ro) {
        report(ctx, 'rm', 'cannot remove', a, 'EROFS');
        code = 1;
        continue;
      }
      if (files.delete(path) || files.delete(`${path}/`) || force) continue;
      ctx.err(`rm: cannot remove '${a}': No such file or directory\n`);
      code = 1;
    }
    return code;
  },
};
