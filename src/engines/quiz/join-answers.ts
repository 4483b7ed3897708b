/** Ends with a sentence's closing punctuation, possibly inside a closing quote or bracket. */
const SENTENCE_END = /[.!?]["'’”)\]]?$/;

/**
 * Joins the parts of an answer (chosen options, matched pairs) for one line of text. Short phrases join with "; ";
 * once any part is a whole sentence, every part is written as a sentence, so no line reads "register.; The guest".
 */
export function joinAnswerParts(parts: readonly string[]): string {
  const kept = parts.map((p) => p.trim()).filter((p) => p !== '');
  if (!kept.some((p) => SENTENCE_END.test(p))) return kept.join('; ');
  return kept.map((p) => (SENTENCE_END.test(p) ? p : `${p}.`)).join(' ');
}
