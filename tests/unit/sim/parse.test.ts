import { describe, expect, test } from 'vitest';
import type { Command } from '../../../src/engines/sim/shell/ast';
import { expandWords, type ExpandEnv } from '../../../src/engines/sim/shell/expand';
import { parseLine, type ParseResult } from '../../../src/engines/sim/shell/parse';

const vars: Record<string, string> = { HOME: '/home/learner', USER: 'learner', '?': '3' };
const env: ExpandEnv = {
  get: (n) => vars[n],
  set: () => undefined,
  home: '/home/learner',
  shell: 'bash',
  userHome: (n) => (n === 'root' ? '/root' : undefined),
  cmdsub: () => '',
  fs: { cwd: '/', list: () => undefined, exists: () => false, skipDots: true },
};
/** The words of the simple command at list item i, pipeline stage j. */
const simpleAt = (r: ParseResult, i = 0, j = 0): Extract<Command, { type: 'simple' }> => {
  if (!r.ok) throw new Error(r.error instanceof Object ? JSON.stringify(r.error) : String(r.error));
  const item = r.list[i];
  const cmd = [item?.first, ...(item?.rest.map((x) => x.pipeline) ?? [])][0]?.commands[j];
  if (cmd?.type !== 'simple') throw new Error('not a simple command');
  return cmd;
};
const argvOf = (line: string, i = 0, j = 0): string[] => expandWords(simpleAt(parseLine(line), i, j).words, env);
/** bash's wording of a syntax error, or the "not simulated" construct. */
const errorOf = (line: string): string => {
  const r = parseLine(line);
  if (r.ok) return 'ok';
  return 'bash' in r.error ? `bash: ${r.error.bash}` : `unsupported: ${r.error.what}`;
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
    const r = parseLine('a; b && c || d | e > f >> g 2> h < i 2>&1 >&2; sleep 1 &');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.list).toHaveLength(3);
    expect(r.list[1]?.rest.map((x) => x.op)).toEqual(['&&', '||']);
    const last = r.list[1]?.rest[1]?.pipeline;
    expect(last?.commands).toHaveLength(2);
    const e = last?.commands[1];
    expect(e?.redirects.map((x) => `${x.fd}${x.op}`)).toEqual(['1>', '1>>', '2>', '0<', '2>&', '1>&']);
    expect(r.list[2]?.background).toBe(true);
  });
  test('comments end the line', () => {
    expect(argvOf('echo hi # not this')).toEqual(['echo', 'hi']);
  });
  test('unterminated quotes and misplaced operators read like bash', () => {
    expect(errorOf(`echo 'oops`)).toBe("bash: unexpected EOF while looking for matching `''");
    expect(errorOf('echo "oops')).toBe('bash: unexpected EOF while looking for matching `"\'');
    expect(errorOf('&& ls')).toBe("bash: syntax error near unexpected token `&&'");
    expect(errorOf('ls ;;')).toBe("bash: syntax error near unexpected token `;;'");
    expect(errorOf('ls |')).toBe('bash: syntax error: unexpected end of file');
    expect(errorOf('ls >')).toBe("bash: syntax error near unexpected token `newline'");
  });
  test('empty and blank lines parse to nothing', () => {
    expect(parseLine('')).toEqual({ ok: true, list: [] });
    expect(parseLine('   \t ')).toEqual({ ok: true, list: [] });
  });
});

test('unusual whitespace separates words and never stalls the lexer (found by the fuzzer)', () => {
  expect(argvOf('echo\u000ba\u00a0b\u2028c')).toEqual(['echo', 'a', 'b', 'c']);
});
