/**
 * chroot(1) into Alpine's minirootfs unpacked with tar(1) -xzf (the steps of the "container by hand"
 * tutorials): the new `/` is the unpacked tree with its own BusyBox, /proc is empty until mounted, and
 * nothing else is isolated (the host's hostname; once proc is mounted, every host process).
 */
import { describe, expect, test } from 'vitest';
import { fresh, run } from './helpers';

const TARBALL = '/opt/isolationlab/alpine-minirootfs-3.22.2-x86_64.tar.gz';

/** A session with the minirootfs unpacked in ~/rootfs. */
function unpacked() {
  const s = fresh();
  run(s, 'mkdir rootfs');
  expect(run(s, `tar -xzf ${TARBALL} -C rootfs`)).toEqual({ text: '', code: 0 });
  return s;
}

describe('tar(1) -xzf: unpacking the minirootfs', () => {
  test('the tree of an Alpine root appears under the target directory', () => {
    const s = unpacked();
    expect(run(s, 'ls rootfs').text).toBe(
      'bin  dev  etc  home  lib  media  mnt  opt  proc  root  run  sbin  srv  sys  tmp  usr  var\n',
    );
    expect(run(s, 'cat rootfs/etc/alpine-release').text).toBe('3.22.2\n');
  });

  test('errors as GNU tar words them', () => {
    const s = fresh();
    expect(run(s, 'tar -xzf nosuch.tgz')).toEqual({
      text: 'tar: nosuch.tgz: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n',
      code: 2,
    });
    expect(run(s, `tar -xzf ${TARBALL} -C nodir`).text).toContain('tar: nodir: Cannot open: No such file or directory');
    expect(run(s, 'tar -xzf notes.txt').text).toContain('gzip: stdin: not in gzip format');
    expect(run(s, 'tar -czf a.tgz notes.txt').code).toBe(126);
  });
});

describe('chroot(1)', () => {
  test('needs root; the default $SHELL (/bin/bash) is not in Alpine', () => {
    const s = unpacked();
    expect(run(s, 'chroot rootfs /bin/sh')).toEqual({
      text: "chroot: cannot change root directory to 'rootfs': Operation not permitted\n",
      code: 125,
    });
    expect(run(s, 'sudo chroot rootfs')).toEqual({
      text: "chroot: failed to run command '/bin/bash': No such file or directory\n",
      code: 127,
    });
    expect(run(s, 'sudo chroot nowhere /bin/sh').text).toBe(
      "chroot: cannot change root directory to 'nowhere': No such file or directory\n",
    );
  });

  test("inside, / is the image's tree and /proc is empty until mounted; then ps shows every host process", () => {
    const s = unpacked();
    expect(run(s, 'sudo chroot rootfs /bin/sh').code).toBe(0);
    expect(run(s, 'ls /').text).toBe(
      'bin  dev  etc  home  lib  media  mnt  opt  proc  root  run  sbin  srv  sys  tmp  usr  var\n',
    );
    expect(run(s, 'cat /etc/os-release').text).toContain('PRETTY_NAME="Alpine Linux v3.22"');
    expect(run(s, 'ls /proc').text).toBe('');
    expect(run(s, 'ps').text).toBe('PID   USER     TIME  COMMAND\n');
    expect(run(s, 'hostname').text).toBe('host\n');
    expect(run(s, 'mount -t proc proc /proc').code).toBe(0);
    expect(run(s, 'ps').text).toContain('/sbin/init');
  });

  test('a file written inside lands in the directory on the host; exit returns to the host', () => {
    const s = unpacked();
    run(s, 'sudo chroot rootfs /bin/sh');
    run(s, 'echo hi > /root/x');
    run(s, 'exit');
    expect(run(s, 'pwd').text).toBe('/home/learner\n');
    expect(run(s, 'sudo cat rootfs/root/x').text).toBe('hi\n');
  });
});
