import { describe, expect, test } from 'vitest';
import { expandArgv, parseLine } from '../../../src/engines/sim/shell/parse';

const vars: Record<string, string> = { HOME: '/home/learner', USER: 'learner', '?': '3' };
const argvOf = (line: string, i = 0, j = 0): string[] => {
  const r = parseLine(line);
  if (!r.ok) throw new Error(r.error);
  return expandArgv(r.items[i]?.pipeline[j]?.words ?? [], (n) => vars[n] ?? '');
};

describe('parseLine', () => {
  test('splits words and keeps quoted spaces', () => {
    expect(argvOf(`echo "a b"  'c d' e\\ f`)).toEqual(['echo', 'a b', 'c d', 'e f']);
  });
  test('expands variables outside single quotes only', () => {
    expect(argvOf(`echo $HOME "$USER" '$USER' \${USER}x $? $NOPE`)).toEqual([
      'echo',
      '/home/learner',
      'learner',
      '$USER',
      'learnerx',
      '3',
    ]);
  });
  test('keeps an empty quoted argument, drops an empty unquoted expansion', () => {
    expect(argvOf(`echo "" $NOPE`)).toEqual(['echo', '']);
  });
  test('tilde expands to HOME at word start', () => {
    expect(argvOf('ls ~ ~/x a~')).toEqual(['ls', '/home/learner', '/home/learner/x', 'a~']);
  });
  test('operators: ; && || | & and redirections', () => {
    const r = parseLine('a; b && c || d | e > f >> g 2> h < i; sleep 1 &');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.items.map((i) => i.next)).toEqual([';', '&&', '||', ';', ';']);
    expect(r.items[3]?.pipeline).toHaveLength(2);
    expect(r.items[3]?.pipeline[1]?.redirects.map((x) => x.op)).toEqual(['>', '>>', '2>', '<']);
    expect(r.items[4]?.background).toBe(true);
  });
  test('comments end the line', () => {
    expect(argvOf('echo hi # not this')).toEqual(['echo', 'hi']);
  });
  test('unterminated quotes and misplaced operators read like bash', () => {
    expect(parseLine(`echo 'oops`)).toEqual({
      ok: false,
      error: "bash: unexpected EOF while looking for matching `''",
    });
    expect(parseLine('echo "oops')).toEqual({
      ok: false,
      error: 'bash: unexpected EOF while looking for matching `"\'',
    });
    expect(parseLine('&& ls')).toEqual({ ok: false, error: "bash: syntax error near unexpected token `&&'" });
    expect(parseLine('ls ;;')).toEqual({ ok: false, error: "bash: syntax error near unexpected token `;'" });
    expect(parseLine('ls |')).toEqual({ ok: false, error: 'bash: syntax error: unexpected end of file' });
    expect(parseLine('ls >')).toEqual({ ok: false, error: "bash: syntax error near unexpected token `newline'" });
  });
  test('empty and blank lines parse to nothing', () => {
    expect(parseLine('')).toEqual({ ok: true, items: [] });
    expect(parseLine('   \t ')).toEqual({ ok: true, items: [] });
  });
});

test('unusual whitespace separates words and never stalls the lexer (found by the fuzzer)', () => {
  expect(argvOf('echo\u000ba\u00a0b\u2028c')).toEqual(['echo', 'a', 'b', 'c']);
});
