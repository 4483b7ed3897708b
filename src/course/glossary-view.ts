import type { GlossaryEntry } from '../schemas/glossary';
import type { Course } from './model';

/** A glossary entry ready for the page: its lessons resolved to titles, in course order. */
export interface GlossaryItem extends GlossaryEntry {
  taught: { id: string; title: string }[];
}

/** The glossary grouped by first letter, each group and its terms in alphabetical order (case and accents ignored). */
export function glossaryByLetter(course: Course): { letter: string; items: GlossaryItem[] }[] {
  const titles = new Map(course.lessons.map((l) => [l.id, l.data.title]));
  const order = new Map(course.lessons.map((l, i) => [l.id, i]));
  const items = course.glossary
    .map((e) => ({
      ...e,
      taught: [...e.lessons]
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
        .map((id) => ({ id, title: titles.get(id) ?? id })),
    }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const groups = new Map<string, GlossaryItem[]>();
  for (const item of items) {
    const letter = /^[a-z]/i.test(item.term) ? item.term[0]!.toUpperCase() : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, list]) => ({ letter, items: list }));
}
