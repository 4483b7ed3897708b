/**
 * Field splitting on `$IFS` (POSIX XCU 2.6.5; bash manual 3.5.7 "Word Splitting"): IFS white space
 * (space, tab, newline) runs separate fields and are trimmed at the ends; any other IFS character
 * delimits one field each, so `a::b` with IFS=: has an empty field in the middle. Unset IFS is
 * space, tab and newline; an empty IFS splits nothing.
 */

/** One piece of a split value; `delimited` pieces end at a non-white IFS character and count even when empty. */
export interface Piece {
  text: string;
  delimited: boolean;
}

/** Splits `value`; the first piece continues the field before it, each later one starts a new field. */
export function splitOnIfs(value: string, ifs: string | undefined): Piece[] {
  const set = ifs ?? ' \t\n';
  if (set === '') return [{ text: value, delimited: false }];
  const white = (c: string) => set.includes(c) && (c === ' ' || c === '\t' || c === '\n');
  const delim = (c: string) => set.includes(c) && !white(c);
  const pieces: Piece[] = [];
  let cur = '';
  let i = 0;
  while (i < value.length) {
    const c = value[i] as string;
    if (!white(c) && !delim(c)) {
      cur += c;
      i++;
      continue;
    }
    // One separator: white space, at most one delimiter, white space.
    let hasDelim = false;
    while (i < value.length && white(value[i] as string)) i++;
    if (i < value.length && delim(value[i] as string)) {
      hasDelim = true;
      i++;
      while (i < value.length && white(value[i] as string)) i++;
    }
    pieces.push({ text: cur, delimited: hasDelim });
    cur = '';
  }
  pieces.push({ text: cur, delimited: false });
  return pieces;
}
