/**
 * The Dockerfile parser, as BuildKit's frontend/dockerfile/parser reads a file: `#` comment lines, `\`
 * continuations, case-insensitive instruction names, `--flag=value` options, exec form (a JSON array) or
 * shell form. Unknown names fail with its "unknown instruction" error and suggestion.
 */

/** One instruction, with the line it starts on (1-based) and its text as written after the keyword. */
export interface Instruction {
  line: number;
  endLine: number;
  keyword: string;
  /** The arguments with `--flags` removed. */
  args: string;
  flags: Record<string, string>;
  /** Exec form (`["a", "b"]`), when the arguments are a JSON array of strings. */
  json?: string[];
  /** The instruction as BuildKit prints it in progress lines: `COPY --from=build /out /srv`. */
  text: string;
}

/** A parse error at a line, worded as BuildKit words it. */
export interface ParseError {
  line: number;
  message: string;
}

/** Every instruction BuildKit knows. */
export const INSTRUCTIONS = [
  'add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label', 'maintainer',
  'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir',
]; // prettier-ignore

/** Levenshtein distance, for the "did you mean" hint (BuildKit's suggest package). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      (d[i] as number[])[j] = Math.min(
        (d[i - 1] as number[])[j]! + 1,
        (d[i] as number[])[j - 1]! + 1,
        (d[i - 1] as number[])[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return (d[a.length] as number[])[b.length]!;
}

/**
 * ` (did you mean COPY?)` as moby/buildkit util/suggest Search words it: the closest instruction at a Levenshtein
 * distance below 3 (ties: BuildKit walks a Go map, so any; here the first in alphabetical order), in the case of
 * what was written (matchCase: all lower → lower, all upper → upper, mixed → lower).
 */
function suggestion(word: string): string {
  const lower = word.toLowerCase();
  let best = '';
  let min = 3;
  for (const k of INSTRUCTIONS) {
    if (k === lower) return '';
    const dist = distance(lower, k);
    if (dist < min) [best, min] = [k, dist];
  }
  if (!best) return '';
  return ` (did you mean ${word === word.toUpperCase() && word !== lower ? best.toUpperCase() : best}?)`;
}

/** Splits leading `--name=value` flags off an instruction's arguments. */
function splitFlags(rest: string): { flags: Record<string, string>; args: string } {
  const flags: Record<string, string> = {};
  let args = rest;
  for (let m = /^--([\w-]+)(?:=(\S*))?\s*/.exec(args); m; m = /^--([\w-]+)(?:=(\S*))?\s*/.exec(args)) {
    flags[m[1] as string] = m[2] ?? '';
    args = args.slice(m[0].length);
  }
  return { flags, args };
}

/** The exec form's array, or undefined when the text is not a JSON array of strings. */
function execForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(args);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Parses a Dockerfile; instructions that take flags keep them apart (FROM --platform, COPY --from…). */
export function parseDockerfile(text: string): { instructions: Instruction[] } | ParseError {
  const lines = text.split('\n');
  const out: Instruction[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = i + 1;
    let raw = (lines[i] as string).replace(/\r$/, '');
    if (/^\s*(#.*)?$/.test(raw)) continue;
    // A trailing backslash joins the next line; comment lines inside a continuation are dropped.
    while (/\\\s*$/.test(raw) && i + 1 < lines.length) {
      raw = raw.replace(/\\\s*$/, '');
      i++;
      const next = (lines[i] as string).replace(/\r$/, '');
      if (/^\s*#/.test(next)) continue;
      raw += next;
    }
    const m = /^\s*(\S+)\s*(.*)$/.exec(raw) as RegExpExecArray;
    const word = m[1] as string;
    const keyword = word.toLowerCase();
    if (!INSTRUCTIONS.includes(keyword))
      return { line: first, message: `unknown instruction: ${word}${suggestion(word)}` };
    const rest = (m[2] as string).trim();
    const { flags, args } = splitFlags(rest);
    const json = execForm(args);
    out.push({
      line: first,
      endLine: i + 1,
      keyword,
      args,
      flags,
      ...(json ? { json } : {}),
      text: `${keyword.toUpperCase()} ${rest.replace(/\s+/g, ' ')}`.trim(),
    });
  }
  return { instructions: out };
}
