/** A small getopt: known flags and valued options; anything else is reported as the real tools do. */

/** Which options a command knows: boolean flags and options that take a value, each mapped to a key. */
export interface OptSpec {
  flags?: Record<string, string>;
  values?: Record<string, string>;
  /** Stop at the first positional argument (docker run IMAGE CMD…: the rest belongs to CMD). */
  stopAtPositional?: boolean;
  /** Options the real tool has that the simulator does not model: reported, never taken for typos. */
  unsimulated?: readonly string[];
}

/** Parsed options: flags as `true`, values as the last given (and all of them in `lists`). */
export interface Parsed {
  opts: Record<string, string | true>;
  lists: Record<string, string[]>;
  args: string[];
  /** The first unknown option, as typed, or a valued option missing its value. */
  unknown?: string;
  missing?: string;
  /** The first option met that the real tool has but the simulator does not model (see `unsimulated`). */
  unsimulated?: string;
}

/** Parses argv (without the command name). `-abc` splits into `-a -b -c`; `--x=v` and `--x v` both work. */
export function parseOpts(argv: string[], spec: OptSpec): Parsed {
  const res: Parsed = { opts: {}, lists: {}, args: [] };
  const flags = spec.flags ?? {};
  const values = spec.values ?? {};
  const unsimulated = new Set(spec.unsimulated ?? []);
  const setValue = (key: string, v: string) => {
    res.opts[key] = v;
    (res.lists[key] ??= []).push(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      res.args.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      if (spec.stopAtPositional) {
        res.args.push(...argv.slice(i));
        break;
      }
      res.args.push(a);
      continue;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
      if (flags[name]) {
        res.opts[flags[name]] = true;
        continue;
      }
      if (unsimulated.has(name)) {
        res.unsimulated = name;
        return res;
      }
      const key = values[name];
      if (!key) {
        res.unknown = name;
        return res;
      }
      const v = inline ?? argv[++i];
      if (v === undefined) {
        res.missing = name;
        return res;
      }
      setValue(key, v);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const short = `-${a[j]}`;
      if (flags[short]) {
        res.opts[flags[short]] = true;
        continue;
      }
      if (unsimulated.has(short)) {
        res.unsimulated = short;
        return res;
      }
      const key = values[short];
      if (!key) {
        res.unknown = short;
        return res;
      }
      const rest = a.slice(j + 1).replace(/^=/, '');
      const v = rest !== '' ? rest : argv[++i];
      if (v === undefined) {
        res.missing = short;
        return res;
      }
      setValue(key, v);
      break;
    }
  }
  return res;
}
