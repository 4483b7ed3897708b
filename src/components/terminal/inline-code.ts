/** Splits author text on backticks, so `uname -r` in YAML renders as <code> (no Markdown engine needed). */
export function splitInlineCode(text: string): Array<{ text: string; code: boolean }> {
  return text
    .split('`')
    .map((part, i) => ({ text: part, code: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}

/** The same text with the backticks dropped, for announcements and labels. */
export function plainText(text: string): string {
  return text.replace(/`/g, '');
}
