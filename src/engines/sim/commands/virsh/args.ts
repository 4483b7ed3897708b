/** virsh's option parsing for subcommands with valued options (tools/vsh.c, vshCmdParse): its errors too. */
import type { Ctx } from '../../shell/types';
import { notSimulated, HINT } from '../honesty';

/** A subcommand's options: booleans, options taking a value, the order positionals fill them, and real ones not modelled. */
export interface VirshSpec {
  bools: string[];
  strings: string[];
  positional: string[];
  unsimulated: string[];
  /** Options that must be present (by name, without dashes). */
  required: string[];
}

/** Parsed options (name → true or its value), or the exit status after an error was printed. */
export function parseVirsh(
  ctx: Ctx,
  sub: string,
  argv: string[],
  spec: VirshSpec,
): Map<string, string | true> | number {
  const got = new Map<string, string | true>();
  const free = [...spec.positional];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('--')) {
      const [raw, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (spec.unsimulated.includes(raw)) return notSimulated(ctx, `virsh ${sub} --${raw}`, HINT.libvirt);
      if (spec.bools.includes(raw)) {
        got.set(raw, true);
        continue;
      }
      if (!spec.strings.includes(raw)) {
        ctx.err(`error: command '${sub}' doesn't support option --${raw}\n`);
        return 1;
      }
      const value = inline ?? argv[++i];
      if (value === undefined) {
        ctx.err(`error: expected syntax: --${raw} <string>\n`);
        return 1;
      }
      got.set(raw, value);
      const at = free.indexOf(raw);
      if (at >= 0) free.splice(at, 1);
      continue;
    }
    const slot = free.shift();
    if (slot === undefined) {
      ctx.err(`error: unexpected data '${a}'\n`);
      return 1;
    }
    got.set(slot, a);
  }
  const missing = spec.required.find((r) => !got.has(r));
  if (missing) {
    ctx.err(`error: command '${sub}' requires <${missing}> option\n`);
    return 1;
  }
  return got;
}
