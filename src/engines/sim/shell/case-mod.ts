/**
 * bash's case modification, `${x^^}`, `${x,,}`, `${x^}`, `${x,}` (bash(1) "Parameter Expansion", bash 4
 * and later): upper- or lower-cases every character or the first. The lexer keeps these as text bash
 * alone reads (ash says "bad substitution"), so they are resolved here when expanded.
 */

const FORM = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(\^\^|,,|\^|,)(.*)\}$/s;

/** The value of a case modification, `unsupported` for the pattern form, or undefined if `text` is none. */
export function caseModification(
  text: string,
  get: (name: string) => string | undefined,
): string | 'unsupported' | undefined {
  const m = FORM.exec(text);
  if (!m) return undefined;
  const [, name, op, pattern] = m as unknown as [string, string, string, string];
  if (pattern !== '') return 'unsupported';
  const value = get(name) ?? '';
  const chars = [...value];
  const first = chars[0] ?? '';
  const rest = chars.slice(1).join('');
  switch (op) {
    case '^^':
      return value.toUpperCase();
    case ',,':
      return value.toLowerCase();
    case '^':
      return first.toUpperCase() + rest;
    default:
      return first.toLowerCase() + rest;
  }
}
