/**
 * Scores in words for the learner: "7 of 10 points (70 %)". Points keep at most one decimal and percents none, but a
 * rounded figure never lands on the other side of a line that matters (full marks, the pass mark) from the exact one:
 * 69.96 % against a pass mark of 70 reads "69.96 %", never "70 %"; 9.96 of 10 points never reads "10 of 10",
 * and a sliver of credit never reads as 0.
 */

/** A no-break space, so "70 %" and "1 point" never split across lines. */
const NBSP = '\u00a0';

const roundTo = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
// Float noise (7.000000001) must not count as past a line.
const reaches = (n: number, line: number) => roundTo(n - line, 9) >= 0;
const positive = (n: number) => roundTo(n, 9) > 0;

/**
 * `value` rounded to `places` decimals, or with more (up to 4, the engine's own precision) where rounding would make
 * it reach one of `lines` it does not reach (or the reverse), or read 0 when it is not; trailing zeros dropped.
 */
export function formatNumber(value: number, places: number, lines: readonly number[] = []): string {
  const honest = (r: number) =>
    positive(r) === positive(value) && lines.every((line) => reaches(r, line) === reaches(value, line));
  let p = places;
  while (p < 4 && !honest(roundTo(value, p))) p++;
  return String(roundTo(value, p));
}

/** "70 %": a share of `maxScore` in whole percent, honest about full marks and the pass mark. */
export function formatPercent(score: number, maxScore: number, passMark?: number): string {
  const exact = maxScore > 0 ? (score / maxScore) * 100 : 0;
  return `${formatNumber(exact, 0, passMark === undefined ? [100] : [100, passMark])}${NBSP}%`;
}

/** "0.5 of 1 point", "7 of 10 points". */
export function describePoints(score: number, maxScore: number): string {
  return `${formatNumber(score, 1, [maxScore])} of ${maxScore}${NBSP}point${maxScore === 1 ? '' : 's'}`;
}

/** "7 of 10 points (70 %)": what a learner reads as an attempt's score. */
export function describeScore(score: number, maxScore: number, passMark?: number): string {
  return `${describePoints(score, maxScore)} (${formatPercent(score, maxScore, passMark)})`;
}
