/**
 * From parsed instructions to a build plan, with the checks BuildKit makes before it runs anything:
 * stages split at each FROM (`FROM image [AS name]`), build args declared before the first FROM, the
 * target stage and the stages it depends on (FROM another stage, COPY --from), and the instructions
 * the course leaves out.
 */
import type { BuildFailure, BuildOptions, Stage } from './build';
import { substitute } from './build-stage';
import type { Instruction } from './dockerfile';

/** Real instructions the course does not model. */
const UNSIMULATED = ['volume', 'onbuild', 'healthcheck', 'shell'];
/** Flags BuildKit accepts on COPY and ADD. */
const COPY_FLAGS = ['from', 'chown', 'chmod', 'link', 'parents', 'exclude', 'checksum', 'keep-git-dir', 'unpack'];

/** A failure located at an instruction. */
const at = (ins: Instruction, message: string): { failure: BuildFailure } => ({
  failure: { message: `dockerfile parse error on line ${ins.line}: ${message}`, line: ins.line, endLine: ins.endLine },
});

/** The plan: every stage, the ones the target needs (in order), and the global build args. */
export type Plan = { stages: Stage[]; needed: Stage[]; globals: Record<string, string> };

/** Splits the instructions into stages and picks what the target needs. */
export function planBuild(
  instrs: Instruction[],
  o: BuildOptions,
): Plan | { failure: BuildFailure } | { unsimulated: string } {
  if (!instrs.length) return { failure: { message: 'the Dockerfile cannot be empty' } };
  const globals: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const ins of instrs) {
    if (UNSIMULATED.includes(ins.keyword))
      return { unsimulated: `the Dockerfile instruction ${ins.keyword.toUpperCase()}` };
    if (ins.keyword === 'from') {
      const platform = ins.flags.platform;
      if (platform !== undefined && !['linux/amd64', '$BUILDPLATFORM', '$TARGETPLATFORM'].includes(platform))
        return { unsimulated: `FROM --platform=${platform} (only linux/amd64 is modelled)` };
      const words = substitute(ins.args, globals).split(/\s+/).filter(Boolean);
      if (!(words.length === 1 || (words.length === 3 && (words[1] as string).toLowerCase() === 'as')))
        return at(ins, 'FROM requires either one or three arguments');
      stages.push({
        index: stages.length,
        from: ins,
        image: words[0] as string,
        steps: [],
        ...(words[2] ? { name: words[2] } : {}),
      });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (!stage) {
      if (ins.keyword !== 'arg') return at(ins, 'no build stage in current context');
      const [name, def] = ins.args.split(/=(.*)/s) as [string, string | undefined];
      const value = o.buildArgs[name] ?? def;
      if (value !== undefined) globals[name] = value;
      continue;
    }
    if (ins.keyword === 'copy' || ins.keyword === 'add') {
      const bad = Object.keys(ins.flags).find((f) => !COPY_FLAGS.includes(f));
      if (bad !== undefined) return at(ins, `unknown flag: --${bad}`);
      if ((ins.json ?? ins.args.split(/\s+/).filter(Boolean)).length < 2)
        return at(
          ins,
          `${ins.keyword.toUpperCase()} requires at least two arguments, but only one was provided. Destination could not be determined`,
        );
    }
    stage.steps.push(ins);
  }
  // Only global ARGs: BuildKit's dockerfile2llb (convert.go) refuses before it looks for a target.
  if (stages.length === 0) return { failure: { message: 'dockerfile contains no stages to build' } };
  const target =
    o.target === undefined
      ? stages[stages.length - 1]
      : stages.find((s) => s.name?.toLowerCase() === o.target?.toLowerCase());
  if (!target) return { failure: { message: `target stage "${o.target}" could not be found` } };
  const needed = new Set<number>();
  const visit = (s: Stage) => {
    if (needed.has(s.index)) return;
    const deps = [s.image, ...s.steps.map((i) => i.flags.from).filter((f): f is string => f !== undefined)];
    for (const d of deps) {
      const dep = stages.find(
        (x) => x.index < s.index && (x.name?.toLowerCase() === d.toLowerCase() || String(x.index) === d),
      );
      if (dep) visit(dep);
    }
    needed.add(s.index);
  };
  visit(target);
  return { stages, needed: stages.filter((s) => needed.has(s.index)), globals };
}
