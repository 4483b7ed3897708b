/** Small guards for untrusted answers (from a view or from saved progress). */

/** A non-empty trimmed string, or undefined. */
export function readText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The distinct non-empty strings of a list, first occurrence first; undefined when none. */
export function readIds(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ids = [...new Set(value.filter((v): v is string => typeof v === 'string' && v !== ''))];
  return ids.length > 0 ? ids : undefined;
}

/** The entries of a plain object whose values are non-empty strings; undefined when none. */
export function readIdMap(value: unknown): Record<string, string> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
