import { describe, expect, test } from 'vitest';
import { fresh, run } from './helpers';

describe('ps and lsns inside a user namespace (user_namespaces(7): unmapped ids show as the overflow uid 65534)', () => {
  test("unshare -r: the learner's processes are root, every other is nobody", () => {
    const s = fresh();
    run(s, 'unshare --user --map-root-user --pid --fork --mount-proc');
    expect(run(s, 'ps -o uid,user,comm').text).toMatch(/^ +UID USER +COMMAND\n +0 root +bash\n/);
    expect(run(s, 'lsns -t user').text).toMatch(/ root +/);
    run(s, 'exit');
    run(s, 'unshare -r');
    expect(run(s, 'ps -ef').text).toMatch(/\nnobody +1 +0 .*\/sbin\/init\n/);
    expect(run(s, 'ps -ef').text).toMatch(/\nroot +\d+ .*bash\n/);
  });

  test('without a mapping everything is nobody; outside, the host names come back', () => {
    const s = fresh();
    run(s, 'unshare --user');
    expect(run(s, 'ps -ef').text).not.toMatch(/\n(root|learner) /);
    run(s, 'exit');
    expect(run(s, 'ps -ef').text).toMatch(/\nroot +1 +0 .*\/sbin\/init\n/);
    expect(run(s, 'ps -ef').text).toMatch(/\nlearner /);
  });
});
