import { describe, expect, it } from 'vitest';
import { buildCpio } from '../../../scripts/real-kernel/cpio.mjs';

type Build = (entries: unknown[], mtime: number) => Buffer;
const build = buildCpio as Build;

const ENTRIES = [
  { type: 'file', path: 'init', mode: 0o755, data: Buffer.from('#!/bin/sh\n') },
  { type: 'dir', path: 'bin', mode: 0o755 },
  { type: 'symlink', path: 'bin/sh', mode: 0o777, link: 'busybox' },
  { type: 'char', path: 'dev/console', mode: 0o600, rdev: [5, 1] },
];

/** Reads back the names, modes, mtimes and sizes of a newc archive. */
function list(archive: Buffer): Array<{ name: string; mode: number; mtime: number; size: number; rdev: string }> {
  const out = [];
  let at = 0;
  for (;;) {
    expect(archive.toString('ascii', at, at + 6)).toBe('070701');
    const field = (i: number) => parseInt(archive.toString('ascii', at + 6 + i * 8, at + 14 + i * 8), 16);
    const [mode, mtime, size, namesize] = [field(1), field(5), field(6), field(11)];
    const name = archive.toString('ascii', at + 110, at + 110 + namesize - 1);
    if (name === 'TRAILER!!!') return out;
    out.push({ name, mode, mtime, size, rdev: `${field(9)}:${field(10)}` });
    at += Math.ceil((110 + namesize) / 4) * 4;
    at += Math.ceil(size / 4) * 4;
  }
}

describe('the initramfs archive', () => {
  it('is the same bytes for the same entries in any order', () => {
    expect(build([...ENTRIES].reverse(), 1767225600).equals(build(ENTRIES, 1767225600))).toBe(true);
  });

  it('sorts entries by path, stamps one mtime and keeps types, modes and devices', () => {
    expect(list(build(ENTRIES, 1767225600))).toEqual([
      { name: 'bin', mode: 0o040755, mtime: 1767225600, size: 0, rdev: '0:0' },
      { name: 'bin/sh', mode: 0o120777, mtime: 1767225600, size: 7, rdev: '0:0' },
      { name: 'dev/console', mode: 0o020600, mtime: 1767225600, size: 0, rdev: '5:1' },
      { name: 'init', mode: 0o100755, mtime: 1767225600, size: 10, rdev: '0:0' },
    ]);
  });

  it('changes when the mtime does', () => {
    expect(build(ENTRIES, 1).equals(build(ENTRIES, 2))).toBe(false);
  });
});
