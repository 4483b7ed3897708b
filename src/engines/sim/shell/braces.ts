/**
 * bash's brace expansion (bash manual 3.5.1 "Brace Expansion"), done first and on unquoted text only:
 * `{a,b}`, `{1..5}`, `{01..10..3}`, `{a..e}`. BusyBox ash has none (its words keep their braces).
 */
import type { Word } from './ast';

/** Most words one brace expression may make (bash has no limit; we bound the work). */
export const MAX_BRACE_WORDS = 4096;

/** Thrown when one word would make more than MAX_BRACE_WORDS words. */
export class BraceLimit {}

/** The words `word` expands to (itself alone when it has no brace expression), in order; throws BraceLimit. */
export function expandBraces(word: Word): Word[] {
  if (!word.parts.some((p) => p.kind === 'text' && !p.quoted && p.text.includes('{'))) return [word];
  // Worked through a list rather than by recursion: `{a,b}` three thousand times must not exhaust the stack.
  const done: Word[] = [];
  let todo: Word[] = [word];
  let made = 0;
  while (todo.length) {
    const next: Word[] = [];
    for (const w of todo) {
      const k = w.parts.findIndex((p) => p.kind === 'text' && !p.quoted && expandText(p.text) !== null);
      if (k < 0) {
        done.push(w);
        continue;
      }
      const p = w.parts[k] as { kind: 'text'; text: string; quoted: boolean };
      const texts = expandText(p.text) as string[];
      made += texts.length;
      if (made > MAX_BRACE_WORDS) throw new BraceLimit();
      for (const text of texts) next.push({ parts: [...w.parts.slice(0, k), { ...p, text }, ...w.parts.slice(k + 1)] });
    }
    todo = next;
  }
  return done;
}

/** The first brace expression in `text`, expanded; null when there is none. */
function expandText(text: string): string[] | null {
  for (let open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
    const close = matching(text, open);
    if (close < 0) return null;
    const inner = text.slice(open + 1, close);
    const alts = sequence(inner) ?? alternatives(inner);
    if (alts) return alts.map((a) => text.slice(0, open) + a + text.slice(close + 1));
  }
  return null;
}

function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `a,b,{c,d}` split at its top-level commas; null without one (`{a}` stays as it is). */
function alternatives(inner: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '{') depth++;
    else if (inner[i] === '}') depth--;
    else if (inner[i] === ',' && depth === 0) {
      out.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  if (!out.length) return null;
  out.push(inner.slice(start));
  return out;
}

/** `1..5`, `5..1`, `01..10..3`, `a..e`; null when it is not a sequence. */
function sequence(inner: string): string[] | null {
  const num = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(inner);
  const chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(inner);
  const m = num ?? chr;
  if (!m) return null;
  const [a, b] = num ? [Number(m[1]), Number(m[2])] : [(m[1] as string).charCodeAt(0), (m[2] as string).charCodeAt(0)];
  const step = Math.abs(Number(m[3] ?? 1)) || 1;
  const count = Math.floor(Math.abs(b - a) / step) + 1;
  if (count > MAX_BRACE_WORDS) throw new BraceLimit();
  // A leading zero on either end pads every number to the wider end (bash 4+).
  const padded = num !== null && (/^-?0\d/.test(m[1] as string) || /^-?0\d/.test(m[2] as string));
  const width = padded ? Math.max((m[1] as string).length, (m[2] as string).length) : 0;
  const out: string[] = [];
  for (let k = 0, v = a; k < count; k++, v += a <= b ? step : -step) {
    if (!num) out.push(String.fromCharCode(v));
    else
      out.push(width ? `${v < 0 ? '-' : ''}${String(Math.abs(v)).padStart(width - (v < 0 ? 1 : 0), '0')}` : String(v));
  }
  return out;
}
