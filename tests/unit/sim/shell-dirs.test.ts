/**
 * A directory tree that behaves like a real one: mkdir -p, cd, ls -la types and sizes, rmdir, touch
 * and cat. Expected texts are what GNU coreutils 9 (the host and Debian images; coreutils manual,
 * "mkdir", "rmdir", "ls invocation") and BusyBox 1.3x applets (Alpine) print; the date column is the
 * simulator's fixed representative time.
 */
import { describe, expect, test } from 'vitest';
import { NOT_SIMULATED } from '../../../src/engines/sim/commands/honesty';
import { fresh, run, withAlpine } from './helpers';

/** Runs the lines in one host session (as learner, in ~) and returns the last one's result. */
function host(...lines: string[]) {
  const s = fresh();
  let r = { text: '', code: 0 };
  for (const l of lines) r = run(s, l);
  return r;
}

/** The same in an Alpine container's shell, in /tmp. */
function alpine(...lines: string[]) {
  const s = withAlpine();
  run(s, 'docker run -it alpine:3.22 sh');
  run(s, 'cd /tmp');
  let r = { text: '', code: 0 };
  for (const l of lines) r = run(s, l);
  return r;
}

describe('mkdir -p, cd and cd .. (coreutils "mkdir"; bash "cd")', () => {
  test('mkdir -p a/b; cd a/b; cd ..: each step lands where bash says', () => {
    const s = fresh();
    expect(run(s, 'mkdir -p a/b')).toEqual({ text: '', code: 0 });
    expect(run(s, 'cd a/b; pwd')).toEqual({ text: '/home/learner/a/b\n', code: 0 });
    expect(run(s, 'cd ..; pwd')).toEqual({ text: '/home/learner/a\n', code: 0 });
    expect(run(s, 'cd ../..; pwd')).toEqual({ text: '/home\n', code: 0 });
    expect(s.prompt()).toBe('learner@host:/home$ ');
  });
  test('mkdir -pv names each directory it makes; mkdir of an existing one fails, -p does not', () => {
    expect(host('mkdir -pv x/y')).toEqual({
      text: "mkdir: created directory 'x'\nmkdir: created directory 'x/y'\n",
      code: 0,
    });
    expect(host('mkdir d', 'mkdir d')).toEqual({ text: "mkdir: cannot create directory 'd': File exists\n", code: 1 });
    expect(host('mkdir d', 'mkdir -p d')).toEqual({ text: '', code: 0 });
    expect(alpine('mkdir d', 'mkdir d')).toEqual({ text: "mkdir: can't create directory 'd': File exists\n", code: 1 });
  });
  test('a file in the way: "Not a directory" (ENOTDIR), and "File exists" for the file itself', () => {
    expect(host('touch f', 'mkdir -p f/b')).toEqual({
      text: "mkdir: cannot create directory 'f': Not a directory\n",
      code: 1,
    });
    expect(alpine('touch f', 'mkdir -p f/b')).toEqual({
      text: "mkdir: can't create directory 'f/': Not a directory\n",
      code: 1,
    });
    expect(host('touch f', 'mkdir f')).toEqual({ text: "mkdir: cannot create directory 'f': File exists\n", code: 1 });
    expect(host('touch f', 'cd f')).toEqual({ text: 'bash: cd: f: Not a directory\n', code: 1 });
    expect(alpine('touch f', 'cd f')).toEqual({ text: "sh: cd: can't cd to f: Not a directory\n", code: 2 });
    expect(host('touch f', 'touch f/x')).toEqual({ text: "touch: cannot touch 'f/x': Not a directory\n", code: 1 });
  });
  test('a missing parent: "No such file or directory"', () => {
    expect(host('mkdir a/b/c')).toEqual({
      text: "mkdir: cannot create directory 'a/b/c': No such file or directory\n",
      code: 1,
    });
    expect(host('cd nosuch')).toEqual({ text: 'bash: cd: nosuch: No such file or directory\n', code: 1 });
    expect(host('touch nodir/x')).toEqual({
      text: "touch: cannot touch 'nodir/x': No such file or directory\n",
      code: 1,
    });
  });
});

describe('ls -l shows directories as directories (coreutils "ls invocation", "What information is listed")', () => {
  test('ls -la: d entries of 4096 bytes, link counts 2 + subdirectories, files with their bytes, total in KiB', () => {
    expect(host('mkdir -p a/b', 'echo hello > a/f.txt', 'ls -la a')).toEqual({
      text:
        'total 16\n' +
        'drwxr-xr-x 3 learner learner 4096 Nov 20 09:00 .\n' +
        // .. is the home: a, and the two projects (~/app, ~/pyapp) the "Building images" lab builds.
        'drwxr-xr-x 5 learner learner 4096 Nov 20 09:00 ..\n' +
        'drwxr-xr-x 2 learner learner 4096 Nov 20 09:00 b\n' +
        '-rw-r--r-- 1 learner learner    6 Nov 20 09:00 f.txt\n',
      code: 0,
    });
  });
  test('BusyBox ls -l uses its fixed columns', () => {
    expect(alpine('mkdir -p a/b', 'echo hello > a/f.txt', 'ls -l a')).toEqual({
      text:
        'total 8\n' +
        'drwxr-xr-x    2 root     root          4096 Nov 20 09:00 b\n' +
        '-rw-r--r--    1 root     root             6 Nov 20 09:00 f.txt\n',
      code: 0,
    });
  });
  test('ls -ld lists the directory itself; -h prints 4.0K', () => {
    expect(host('mkdir d', 'ls -ld d')).toEqual({
      text: 'drwxr-xr-x 2 learner learner 4096 Nov 20 09:00 d\n',
      code: 0,
    });
    expect(host('mkdir d', 'ls -lhd d')).toEqual({
      text: 'drwxr-xr-x 2 learner learner 4.0K Nov 20 09:00 d\n',
      code: 0,
    });
    expect(host('ls -ld /tmp /root')).toEqual({
      text: 'drwxrwxrwt 2 root root 4096 Nov 20 09:00 /tmp\ndrwx------ 2 root root 4096 Nov 20 09:00 /root\n',
      code: 0,
    });
  });
  test("Debian's merged /usr: /bin is a link to usr/bin; system directories whose contents are not modelled say so", () => {
    expect(host('ls -l /').text).toContain('lrwxrwxrwx  1 root root    7 Nov 20 09:00 bin -> usr/bin\n');
    expect(host('ls -l /').text).toContain('drwxr-xr-x  2 root root 4096 Nov 20 09:00 boot\n');
    expect(host('ls -l /').text).not.toContain(' 220 ');
    expect(alpine('ls -l /').text).toContain('drwxr-xr-x    2 root     root          4096 Nov 20 09:00 bin\n');
    const r = host('ls /usr/bin');
    expect(r.text).toContain(`ls /usr/bin: ${NOT_SIMULATED}`);
    expect(r.code).toBe(126);
    expect(host('[ -d /usr/bin ] && echo yes').text).toBe('yes\n');
  });
  test('to a pipe or a file ls prints one name a line; on the terminal, columns (coreutils "General output formatting")', () => {
    expect(host('ls /etc | wc -l')).toEqual({ text: '6\n', code: 0 });
    expect(host('ls /etc')).toEqual({ text: 'hostname  hosts  os-release  passwd  resolv.conf  shadow\n', code: 0 });
    expect(host('ls /etc > /tmp/l', 'head -2 /tmp/l')).toEqual({ text: 'hostname\nhosts\n', code: 0 });
    const s = withAlpine();
    expect(run(s, 'docker run --rm alpine:3.22 ls /etc').text).toBe(
      'hostname\nhosts\nos-release\npasswd\nresolv.conf\n',
    );
    expect(run(s, 'docker run --rm -t alpine:3.22 ls /etc').text).toBe(
      'hostname  hosts  os-release  passwd  resolv.conf\n',
    );
  });
  test('files listed after a file operand, then each directory with its name (GNU order)', () => {
    expect(host('mkdir d', 'touch d/x f', 'ls f d')).toEqual({ text: 'f\n\nd:\nx\n', code: 0 });
  });
});

describe('rmdir (coreutils "rmdir"; BusyBox rmdir)', () => {
  test('refuses a non-empty directory, removes an empty one, -p removes the parents, -v says so', () => {
    expect(host('mkdir -p a/b', 'rmdir a')).toEqual({
      text: "rmdir: failed to remove 'a': Directory not empty\n",
      code: 1,
    });
    expect(alpine('mkdir -p a/b', 'rmdir a')).toEqual({ text: "rmdir: 'a': Directory not empty\n", code: 1 });
    expect(host('mkdir -p a/b', 'rmdir a/b a', 'ls')).toEqual({ text: 'app  notes.txt  pyapp\n', code: 0 });
    expect(host('mkdir -p x/y/z', 'rmdir -p x/y/z', 'ls')).toEqual({ text: 'app  notes.txt  pyapp\n', code: 0 });
    expect(host('mkdir d', 'rmdir -v d')).toEqual({ text: "rmdir: removing directory, 'd'\n", code: 0 });
  });
  test('errors: missing, a file, no operand, not yours', () => {
    expect(host('rmdir nosuch')).toEqual({
      text: "rmdir: failed to remove 'nosuch': No such file or directory\n",
      code: 1,
    });
    expect(alpine('rmdir nosuch')).toEqual({ text: "rmdir: 'nosuch': No such file or directory\n", code: 1 });
    expect(host('touch f', 'rmdir f')).toEqual({ text: "rmdir: failed to remove 'f': Not a directory\n", code: 1 });
    expect(host('rmdir')).toEqual({
      text: "rmdir: missing operand\nTry 'rmdir --help' for more information.\n",
      code: 1,
    });
    expect(host('rmdir /tmp')).toEqual({ text: "rmdir: failed to remove '/tmp': Permission denied\n", code: 1 });
    expect(host('sudo rmdir /mnt').text).toContain(`rmdir /mnt: ${NOT_SIMULATED}`);
  });
});

describe('touch in a new directory, cat of a directory', () => {
  test('touch d/x after mkdir d works, and ls shows it', () => {
    expect(host('mkdir d', 'touch d/x', 'ls d')).toEqual({ text: 'x\n', code: 0 });
  });
  test('cat of a directory: "Is a directory" (GNU), "read error" (BusyBox)', () => {
    expect(host('mkdir d', 'cat d')).toEqual({ text: 'cat: d: Is a directory\n', code: 1 });
    expect(alpine('mkdir d', 'cat d')).toEqual({ text: 'cat: read error: Is a directory\n', code: 1 });
    expect(host('mkdir d', 'echo x > d')).toEqual({ text: 'bash: d: Is a directory\n', code: 1 });
    expect(alpine('mkdir d', 'echo x > d')).toEqual({ text: "sh: can't create d: Is a directory\n", code: 1 });
  });
});
