import type { GlossaryEntry } from '../schemas/glossary';

/** Every form a lesson may write for an entry: its term and its other names. */
export function surfaceForms(e: Pick<GlossaryEntry, 'term' | 'aka'>): string[] {
  return [e.term, ...e.aka];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One case-insensitive pattern for all forms of the given entries, longest first so "guest kernel" wins over
 * "kernel"; a form may take a plural -s/-es, and must stand as a word of its own (not inside "imagine" or "pid_max").
 */
export function termPattern(entries: Pick<GlossaryEntry, 'term' | 'aka'>[], flags = 'i'): RegExp {
  const forms = entries
    .flatMap(surfaceForms)
    .sort((a, b) => b.length - a.length)
    .map(escape);
  return new RegExp(`(?<![\\w/.-])(?:${forms.join('|')})(?:e?s)?(?![\\w/-]|\\.\\w)`, flags);
}
