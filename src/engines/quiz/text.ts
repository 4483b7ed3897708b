/**
 * ShortAnswer normalisation, applied to the learner's answer and to every `accept` string:
 * Unicode NFKC, trim, collapse whitespace runs to one space, lower-case unless case-sensitive,
 * and with unit normalisation drop the space between a number and what follows it, so
 * "128 MiB", "128MiB" and "128 mib" compare equal.
 */
export function normalizeText(text: string, opts: { caseSensitive: boolean; normalizeUnits: boolean }): string {
  let out = text.normalize('NFKC').trim().replace(/\s+/gu, ' ');
  if (!opts.caseSensitive) out = out.toLowerCase();
  if (opts.normalizeUnits) out = out.replace(/(\d) (?=[^\d\s])/gu, '$1');
  return out;
}

/** Compiles an author's pattern to match a whole normalised answer (syntax checked at build time). */
export function compilePattern(source: string, caseSensitive: boolean): RegExp {
  return new RegExp(`^(?:${source})$`, caseSensitive ? 'u' : 'iu');
}
