/**
 * The security flags of `docker run` (docker run reference: "User", "Runtime privilege and Linux
 * capabilities", "Security configuration") and what each one changes inside: the uid of the
 * processes, the capability sets in /proc/self/status (capabilities(7)), and operations that need a
 * capability — including `date -s`, whose clock is the host's (date(1); clock_settime needs CAP_SYS_TIME).
 */
import { describe, expect, test } from 'vitest';
import { fresh, run, withAlpine } from './helpers';

describe('docker run --user', () => {
  test('a uid with no passwd entry runs without a name, with no capabilities, and cannot write /etc', () => {
    const s = withAlpine();
    expect(run(s, 'docker run --user 1000 alpine:3.22 id')).toEqual({
      text: 'uid=1000 gid=1000 groups=1000\n',
      code: 0,
    });
    expect(run(s, 'docker run --user 1000 alpine:3.22 grep CapEff /proc/self/status').text).toBe(
      'CapEff:\t0000000000000000\n',
    );
    expect(run(s, 'docker run --user 1000 alpine:3.22 touch /etc/x').text).toBe('touch: /etc/x: Permission denied\n');
    expect(run(s, 'docker run alpine:3.22 touch /etc/x').code).toBe(0);
  });

  test('a name must be in the image passwd; docker inspect shows Config.User; the host sees the uid', () => {
    const s = withAlpine();
    expect(run(s, 'docker run -u nobody alpine:3.22 id -u').text).toBe('65534\n');
    expect(run(s, 'docker run -u bob alpine:3.22 id').text).toContain(
      'docker: Error response from daemon: unable to find user bob: no matching entries in passwd file\n',
    );
    run(s, 'docker run -d --name u --user 1000:1000 alpine:3.22 sleep 100');
    expect(run(s, "docker inspect -f '{{.Config.User}}' u").text).toBe('1000:1000\n');
    expect(run(s, 'docker exec u id -u').text).toBe('1000\n');
    expect(run(s, 'ps -ef').text).toMatch(/\nlearner +\d+ +\d+ .* sleep 100\n/);
  });
});

describe('capabilities: --cap-drop ALL, --cap-add, and what they allow', () => {
  test('--cap-drop ALL empties CapEff and CapBnd; root then cannot set the hostname', () => {
    const s = withAlpine();
    const status = run(s, 'docker run --cap-drop ALL alpine:3.22 grep -E "CapEff|CapBnd" /proc/self/status').text;
    expect(status).toBe('CapEff:\t0000000000000000\nCapBnd:\t0000000000000000\n');
    expect(run(s, 'docker run --cap-drop ALL alpine:3.22 hostname x').code).toBe(1);
  });

  test('date -s needs SYS_TIME: refused by default, allowed by --cap-add SYS_TIME, and it is the host clock', () => {
    const s = withAlpine();
    expect(run(s, 'docker run alpine:3.22 date -s 2031-05-06')).toEqual({
      text: "date: can't set date: Operation not permitted\n",
      code: 1,
    });
    expect(run(s, 'date +%Y').text).not.toBe('2031\n');
    expect(run(s, 'docker run --cap-add SYS_TIME alpine:3.22 date -s 2031-05-06').text).toBe(
      'Tue May  6 00:00:00 UTC 2031\n',
    );
    expect(run(s, 'date +%Y').text).toBe('2031\n');
  });

  test('--privileged: the host clock is settable from inside', () => {
    const s = withAlpine();
    expect(run(s, 'docker run --privileged alpine:3.22 date -s "2030-01-02 03:04:05"').code).toBe(0);
    expect(run(s, 'date +%F').text).toBe('2030-01-02\n');
  });
});

describe('date(1) -s on the host', () => {
  test('root sets the clock; a user may not; a GNU form the course does not parse says so', () => {
    const s = fresh();
    expect(run(s, 'date -s 12:00').code).toBe(1);
    expect(run(s, 'sudo date -s @0').text).toBe('Thu Jan  1 00:00:00 UTC 1970\n');
    expect(run(s, 'date +%s').text).toBe('0\n');
    expect(run(s, 'sudo date -s tomorrow').code).toBe(126);
  });
});

describe('--privileged: the host devices, and the host disk mountable (docker run reference, "Runtime privilege")', () => {
  test("/dev shows the host's disk only when privileged", () => {
    const s = withAlpine();
    expect(run(s, 'docker run alpine:3.22 ls /dev').text).not.toContain('sda');
    expect(run(s, 'docker run --privileged alpine:3.22 ls /dev').text).toContain('sda1');
  });

  test("mount /dev/sda1 /mnt shows the host's files, and a write there lands on the host", () => {
    const s = withAlpine();
    run(s, 'docker run -it --privileged alpine:3.22 sh');
    expect(run(s, 'mount /dev/sda1 /mnt').code).toBe(0);
    expect(run(s, 'cat /mnt/home/learner/notes.txt').text).toContain('Compare: uname -r');
    expect(run(s, 'ls /mnt/proc').text).toBe('');
    expect(run(s, 'mount').text).toContain('/dev/sda1 on /mnt type ext4 (rw,relatime)\n');
    run(s, 'echo pwned > /mnt/root/owned');
    run(s, 'exit');
    expect(run(s, 'sudo cat /root/owned').text).toBe('pwned\n');
  });

  test('without the privilege the mount is refused; the whole disk is no filesystem', () => {
    const s = withAlpine();
    expect(run(s, 'docker run alpine:3.22 mount /dev/sda1 /mnt')).toEqual({
      text: 'mount: permission denied (are you root?)\n',
      code: 255,
    });
    expect(run(s, 'docker run --privileged alpine:3.22 mount /dev/sda /mnt').text).toBe(
      'mount: mounting /dev/sda on /mnt failed: Invalid argument\n',
    );
    expect(run(s, 'docker run --privileged alpine:3.22 mount /dev/sda1 /nowhere').code).toBe(255);
  });
});
