/**
 * `type` (bash manual, "Bash Builtin Commands"; BusyBox ash) and `which` (debianutils, BusyBox): what a
 * name is — keyword, builtin or program — and where `$PATH` finds the program.
 */
import { knownProgram } from '../shell/known-programs';
import { programPath } from '../shell/paths';
import { hasTool } from '../shell/toolset';
import type { Command, Ctx } from '../shell/types';
import { viewOf } from '../shell/view';
import { builtinOpts } from './builtin-opts';

/** Reserved words (bash manual, "Reserved Words"; ash has all but the bash-only ones). */
const KEYWORDS = [
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'case',
  'esac',
  'for',
  'while',
  'until',
  'do',
  'done',
  'in',
  '{',
  '}',
  '!',
];
const BASH_KEYWORDS = ['select', 'function', 'time', '[[', ']]', 'coproc'];
/** Builtins the interpreter runs itself, and real ones it leaves out (they still are builtins). */
const OTHER_BUILTINS = [
  'break',
  'continue',
  ':',
  '.',
  'source',
  'unset',
  'alias',
  'unalias',
  'set',
  'read',
  'printf',
  'command',
  'trap',
  'umask',
  'ulimit',
  'shift',
  'local',
  'return',
  'eval',
  'exec',
  'getopts',
  'hash',
  'fg',
  'bg',
  'times',
  'readonly',
  'wait',
  'jobs',
  'kill',
  'type',
  'test',
  '[',
];
const BASH_ONLY_BUILTINS = [
  'source',
  'declare',
  'typeset',
  'let',
  'pushd',
  'popd',
  'dirs',
  'shopt',
  'complete',
  'compgen',
  'disown',
  'logout',
  'caller',
  'builtin',
  'enable',
  'mapfile',
  'readarray',
  'suspend',
  'bind',
];
/** ash prints "is a special shell builtin" for these (POSIX XCU 2.15). */
const SPECIAL = [
  'break',
  ':',
  '.',
  'continue',
  'eval',
  'exec',
  'exit',
  'export',
  'readonly',
  'return',
  'set',
  'shift',
  'times',
  'trap',
  'unset',
];
/** Commands the simulator runs in the shell that are programs (or, for `time`, a keyword) in the real one. */
const PROGRAMS_HERE = ['clear', 'time'];
/** Builtins that are also programs on disk (coreutils, procps; BusyBox applets). */
const ALSO_PROGRAMS = ['echo', 'true', 'false', 'pwd', 'test', '[', 'kill', 'printf'];

type Kind = 'keyword' | 'builtin' | 'file';
type Find = (name: string) => Command | undefined;

/** Where `name` is installed as a program in the frame's environment (undefined: it is not). */
function fileOf(ctx: Ctx, find: Find, name: string): string | undefined {
  const cmd = find(name);
  const place = viewOf(ctx.sim, ctx.frame.env);
  const installed =
    (cmd && !cmd.builtin && hasTool(ctx.sim, ctx.frame.env, name)) ||
    knownProgram(place, name) !== undefined ||
    (ALSO_PROGRAMS.includes(name) && place.os.userland !== 'scratch');
  return installed ? programPath(ctx.sim, ctx.frame, name) : undefined;
}

/** Every meaning of `name`, in the order the shell tries them. */
function kindsOf(ctx: Ctx, find: Find, name: string): Array<{ kind: Kind; path?: string }> {
  const bash = ctx.frame.shell === 'bash';
  const out: Array<{ kind: Kind; path?: string }> = [];
  if (KEYWORDS.includes(name) || (bash && BASH_KEYWORDS.includes(name))) out.push({ kind: 'keyword' });
  const bashOnly = BASH_ONLY_BUILTINS.includes(name);
  const builtin = find(name)?.builtin || OTHER_BUILTINS.includes(name) || bashOnly;
  if (builtin && !PROGRAMS_HERE.includes(name) && (bash || !bashOnly)) out.push({ kind: 'builtin' });
  const path = fileOf(ctx, find, name);
  if (path) out.push({ kind: 'file', path });
  return out;
}

/** `type [-a] [-t] [-p] [-P] NAME…`. */
export function createType(find: Find): Command {
  return {
    name: 'type',
    usage: 'type [-afptP] NAME...',
    summary: 'describe a command name',
    builtin: true,
    surface: { supported: ['-a', '-t', '-p', '-P'], notSimulated: ['-f'] },
    run(argv, ctx) {
      const bash = ctx.frame.shell === 'bash';
      const o = bash
        ? builtinOpts(ctx, argv, 'atpP', 'f', 'type [-afptP] name [name ...]')
        : { opts: new Set<string>(), args: argv.slice(1) };
      if (typeof o === 'number') return o;
      let code = 0;
      for (const name of o.args) {
        let kinds = kindsOf(ctx, find, name);
        if (o.opts.has('P')) kinds = kinds.filter((k) => k.kind === 'file');
        if (!o.opts.has('a')) kinds = kinds.slice(0, 1);
        if (kinds.length === 0) {
          code = 1;
          const quiet = o.opts.has('t') || o.opts.has('p') || o.opts.has('P');
          if (!quiet && bash) ctx.err(`bash: type: ${name}: not found\n`);
          else if (!quiet) ctx.out(`${name}: not found\n`); // ash says it on stdout
          if (!bash) code = 127;
          continue;
        }
        for (const k of kinds) {
          if (o.opts.has('t')) ctx.out(`${k.kind}\n`);
          else if (o.opts.has('p') || o.opts.has('P')) {
            if (k.path) ctx.out(`${k.path}\n`);
          } else if (k.kind === 'keyword') ctx.out(`${name} is a shell keyword\n`);
          else if (k.kind === 'builtin')
            ctx.out(`${name} is a ${!bash && SPECIAL.includes(name) ? 'special ' : ''}shell builtin\n`);
          else ctx.out(`${name} is ${k.path}\n`);
        }
      }
      return code;
    },
  };
}

/** `which [-a] PROGRAM…`: the path of each program `$PATH` finds; 1 when any is missing. */
export function createWhich(find: Find): Command {
  return {
    name: 'which',
    usage: 'which [-a] PROGRAM...',
    summary: 'locate a program',
    surface: { supported: ['-a'], notSimulated: [] },
    run(argv, ctx) {
      const args = argv.slice(1).filter((a) => a !== '-a');
      const bad = args.find((a) => /^-./.test(a));
      if (bad) {
        ctx.err(
          viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox'
            ? `which: unrecognized option: ${bad.slice(1)}\n`
            : `Illegal option ${bad}\nUsage: /usr/bin/which [-a] args\n`,
        );
        return 2;
      }
      if (args.length === 0) return 1;
      let code = 0;
      for (const name of args) {
        const path = name.includes('/') ? undefined : fileOf(ctx, find, name);
        if (path) ctx.out(`${path}\n`);
        else code = 1;
      }
      return code;
    },
  };
}

/** `command [-v|-V] NAME [ARG]…`: runs NAME (there are no functions to skip), or says what it is. */
export function createCommand(find: Find): Command {
  return {
    name: 'command',
    usage: 'command [-v|-V] NAME [ARG]...',
    summary: 'run a command, or say what it is',
    builtin: true,
    surface: { supported: ['-v ls', '-V ls', 'true'], notSimulated: ['-p ls'] },
    run(argv, ctx) {
      const bash = ctx.frame.shell === 'bash';
      const o = builtinOpts(ctx, argv, 'vV', 'p', 'command [-pVv] command [arg ...]');
      if (typeof o === 'number') return o;
      if (!o.opts.has('v') && !o.opts.has('V')) return o.args.length ? ctx.run(o.args) : 0;
      // ash describes its first NAME only.
      const names = bash ? o.args : o.args.slice(0, 1);
      let found = 0;
      for (const name of names) {
        const k = kindsOf(ctx, find, name)[0];
        if (!k) {
          if (o.opts.has('V') && bash) ctx.err(`bash: command: ${name}: not found\n`);
          else if (o.opts.has('V')) ctx.out(`${name}: not found\n`);
          continue;
        }
        found++;
        if (o.opts.has('v')) ctx.out(`${k.path ?? name}\n`);
        else if (k.kind === 'file') ctx.out(`${name} is ${k.path}\n`);
        else
          ctx.out(
            `${name} is a ${k.kind === 'keyword' ? 'shell keyword' : `${!bash && SPECIAL.includes(name) ? 'special ' : ''}shell builtin`}\n`,
          );
      }
      return found ? 0 : bash ? 1 : 127;
    },
  };
}
