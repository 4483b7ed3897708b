import { describe, expect, test } from 'vitest';
import { describePoints, describeScore, formatNumber, formatPercent } from '../../../src/engines/quiz/score-text';

// Tests read the no-break spaces as plain ones.
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('the score in words', () => {
  test('reads "7 of 10 points (70 %)"', () => {
    expect(plain(describeScore(7, 10))).toBe('7 of 10 points (70 %)');
    expect(plain(describeScore(6.5, 10))).toBe('6.5 of 10 points (65 %)');
    expect(plain(describeScore(1, 1))).toBe('1 of 1 point (100 %)');
    expect(plain(describeScore(0, 20))).toBe('0 of 20 points (0 %)');
  });

  test('keeps "70" and "%", "1" and "point" together on one line', () => {
    expect(describeScore(7, 10)).toBe('7 of 10\u00a0points (70\u00a0%)');
  });

  test('rounds points to one decimal and percents to whole numbers', () => {
    expect(plain(describePoints(2 / 3, 1))).toBe('0.7 of 1 point');
    expect(plain(describeScore(0.3333, 2))).toBe('0.3 of 2 points (17 %)');
    expect(plain(describeScore(13.6667, 20, 70))).toBe('13.7 of 20 points (68 %)');
  });

  test('never rounds onto or across the pass mark', () => {
    expect(plain(formatPercent(69.96, 100, 70))).toBe('69.96 %');
    expect(plain(formatPercent(69.5, 100, 70))).toBe('69.5 %');
    expect(plain(formatPercent(70, 100, 70))).toBe('70 %');
    expect(plain(formatPercent(70.4, 100, 70))).toBe('70 %');
    // A fractional pass mark: 66.4 % passes 66.3 %, so it must not read as 66 %.
    expect(plain(formatPercent(66.4, 100, 66.3))).toBe('66.4 %');
    expect(plain(formatPercent(66.2, 100, 66.3))).toBe('66 %'); // below it either way
  });

  test('never reads as full marks, or as nothing, unless it is', () => {
    expect(plain(describeScore(9.96, 10))).toBe('9.96 of 10 points (99.6 %)');
    expect(plain(formatPercent(99.7, 100))).toBe('99.7 %');
    expect(plain(describePoints(0.04, 1))).toBe('0.04 of 1 point');
    expect(plain(formatPercent(0.2, 100))).toBe('0.2 %');
    expect(formatNumber(0.0004, 0)).toBe('0.0004');
  });

  test('drops trailing zeros and float noise', () => {
    expect(formatNumber(0.1 + 0.2, 1)).toBe('0.3');
    expect(formatNumber(7.000000001, 1, [7])).toBe('7');
    expect(formatNumber(2.5, 0)).toBe('3');
  });

  test('an empty quiz scores 0 %', () => {
    expect(plain(formatPercent(0, 0))).toBe('0 %');
  });
});
