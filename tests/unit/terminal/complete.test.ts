import { describe, expect, it } from 'vitest';
import { applyCompletion, commonPrefix, formatColumns } from '../../../src/engines/terminal/complete';

describe('applyCompletion', () => {
  it('inserts a single candidate with a trailing space', () => {
    expect(applyCompletion('una', 3, { start: 0, candidates: ['uname'] }, false)).toEqual({
      kind: 'insert',
      line: 'uname ',
      cursor: 6,
    });
  });

  it('does not add a space after a directory, and keeps text right of the cursor', () => {
    expect(applyCompletion('ls /v x', 5, { start: 3, candidates: ['/var/'] }, false)).toEqual({
      kind: 'insert',
      line: 'ls /var/ x',
      cursor: 8,
    });
  });

  it('narrows several candidates to their common prefix', () => {
    expect(applyCompletion('docker i', 8, { start: 7, candidates: ['images', 'image', 'info'] }, false)).toEqual({
      kind: 'none',
    });
    expect(applyCompletion('docker im', 9, { start: 7, candidates: ['images', 'image'] }, false)).toEqual({
      kind: 'insert',
      line: 'docker image',
      cursor: 12,
    });
  });

  it('lists the candidates, sorted, on a second Tab in a row', () => {
    expect(applyCompletion('d', 1, { start: 0, candidates: ['dmesg', 'df', 'docker'] }, true)).toEqual({
      kind: 'list',
      candidates: ['df', 'dmesg', 'docker'],
    });
  });

  it('does nothing with no candidates', () => {
    expect(applyCompletion('zz', 2, { start: 0, candidates: [] }, true)).toEqual({ kind: 'none' });
  });
});

describe('commonPrefix and formatColumns', () => {
  it('compares by code points', () => {
    expect(commonPrefix(['🐳a', '🐳b'])).toBe('🐳');
    expect(commonPrefix([])).toBe('');
  });

  it('lays out down then across within the width', () => {
    expect(formatColumns(['a', 'bb', 'c', 'dd', 'e'], 12)).toBe('a   c   e\nbb  dd');
    expect(formatColumns(['alpha', 'beta'], 3)).toBe('alpha\nbeta');
  });
});
