/** How words expand as seen from one shell frame (see expand.ts): variables, `~`, `$( )`, the filesystem. */
import { MAX_OUTPUT_CHARS } from './output';
import type { List } from './ast';
import { setVar, special, type Runtime } from './core';
import type { ExpandEnv } from './expand';
import type { GlobFs } from './glob';
import type { Io } from './redirect';
import type { Frame } from './types';
import { listDir, readFile, resolvePath } from './vfs';

/** One object per command, its methods on the prototype: a command's expansion allocates little. */
export class FrameExpansion implements ExpandEnv, GlobFs {
  readonly fs: GlobFs = this;
  constructor(
    private readonly rt: Runtime,
    private readonly frame: Frame,
    private readonly io: Io,
  ) {}

  get home(): string {
    return this.frame.vars.get('HOME') ?? this.frame.home;
  }
  get shell(): 'bash' | 'sh' {
    return this.frame.shell;
  }
  get cwd(): string {
    return this.frame.cwd;
  }
  get skipDots(): boolean {
    return this.frame.shell === 'bash';
  }
  userHome(name: string): string | undefined {
    return tildeDir(this.frame, name);
  }
  get(name: string): string | undefined {
    return special(this.rt.core, this.frame, name) ?? this.frame.vars.get(name);
  }
  set(name: string, value: string): void {
    setVar(this.frame, name, value);
  }
  cmdsub(body: List): string {
    const { rt, frame } = this;
    let out = '';
    const sub: Io = {
      stdin: null,
      out: (t) => {
        if (out.length < MAX_OUTPUT_CHARS) out += t;
      },
      err: this.io.err,
    };
    rt.core.lastExit = rt.core.subStatus = rt.substitute(body, frame, sub);
    return out;
  }
  list(dir: string): string[] | undefined {
    return listDir(this.rt.core.sim, this.frame, resolvePath('/', dir));
  }
  exists(path: string): boolean {
    const p = resolvePath('/', path);
    const sim = this.rt.core.sim;
    return listDir(sim, this.frame, p) !== undefined || readFile(sim, this.frame, p, this.frame.shellPid, 0).ok;
  }
}

/** `~name`: root's and the learner's homes; `~+` is $PWD and `~-` $OLDPWD (bash manual 3.5.2). */
function tildeDir(frame: Frame, name: string): string | undefined {
  if (name === '+') return frame.cwd;
  if (name === '-') return frame.vars.get('OLDPWD');
  if (name === 'root') return '/root';
  if (name === frame.user) return frame.home;
  return name === 'learner' && frame.env.kind === 'host' ? '/home/learner' : undefined;
}
