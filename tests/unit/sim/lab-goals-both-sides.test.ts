// Each lab's goal, not met: a learner's near miss leaves exactly the parts named here unmet, with the reason shown.
// (scenarios.test.ts covers the other side: each lab's solution meets every part.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ScenarioSchema } from '../../../src/schemas/scenario';
import { checkGoal, createScenarioSession } from '../../../src/engines/sim/index';

const DIR = join(import.meta.dirname, '../../../lessons/labs');

/** Plays `lines` in a fresh run of lab `id` and returns the unmet parts as [part index, reason]. */
function unmetAfter(id: string, lines: string[]): Array<[number, string | undefined]> {
  const scenario = ScenarioSchema.parse(parse(readFileSync(join(DIR, `${id}.yaml`), 'utf8')));
  const run = createScenarioSession(scenario, { seed: 1 });
  for (const line of lines) run.session.execute(line);
  const result = checkGoal(run.state(), scenario.goal);
  const unmet = result.parts.flatMap((p, i): Array<[number, string | undefined]> => (p.met ? [] : [[i, p.detail]]));
  expect(result.done).toBe(unmet.length === 0);
  return unmet;
}

/** Lab, what the learner did, and the parts left unmet (index, reason; a RegExp where a name is random). */
const NEAR_MISSES: Array<[string, string, string[], Array<[number, string | RegExp]>]> = [
  [
    'oom-kill',
    'nothing yet',
    [],
    [
      [0, 'no container named oomlab'],
      [1, 'no container named oomlab'],
    ],
  ],
  [
    'oom-kill',
    'a 128 MiB limit: the same stress is OOM-killed, but the limit is not the one asked for',
    ['docker run -it --name oomlab -m 128m alpine:3.22 sh', 'stress --vm 1 --vm-bytes 200M', 'exit'],
    [[0, 'oomlab has no 64m memory limit']],
  ],
  [
    'oom-kill',
    'the right limit, but stress stayed under it',
    ['docker run -it --name oomlab -m 64m alpine:3.22 sh', 'stress --vm 1 --vm-bytes 32M --timeout 1s', 'exit'],
    [[1, 'oomlab: OOMKilled is false']],
  ],
  [
    'oom-kill',
    'no memory limit at all: 128M fits in the host',
    ['docker run -it --name oomlab alpine:3.22 sh', 'stress --vm 1 --vm-bytes 128M --timeout 1s', 'exit'],
    [
      [0, 'oomlab has no 64m memory limit'],
      [1, 'oomlab: OOMKilled is false'],
    ],
  ],
  [
    'oom-kill',
    'still inside the container',
    ['docker run -it --name oomlab -m 64m alpine:3.22 sh', 'stress --vm 1 --vm-bytes 128M'],
    [[2, 'your shell is on the container']],
  ],
  [
    'container-vs-host',
    'the container was stopped',
    ['docker run -d --name box alpine:3.22 sleep 3600', 'docker stop -t 1 box'],
    [[0, 'box is exited']],
  ],
  [
    'container-vs-host',
    'an interactive shell the learner never left',
    ['docker run -it --name box alpine:3.22 sh'],
    [[1, 'your shell is on the container']],
  ],
  [
    'container-vs-host',
    'another name',
    ['docker run -d --name bx alpine:3.22 sleep 3600'],
    [[0, 'no container named box']],
  ],
  [
    'docker-run-lifecycle',
    'stopped but not removed; busybox removed and not pulled again',
    ['docker run -d --name web busybox httpd -f -p 8080', 'docker stop web', 'docker rmi -f busybox'],
    [
      [0, 'web still exists'],
      [1, 'busybox:latest is not in the local cache'],
    ],
  ],
  [
    'docker-run-lifecycle',
    'a timed run without --rm leaves a container',
    ['docker run -d --name web busybox httpd -f -p 8080', 'docker rm -f web', 'docker run alpine:3.22 true'],
    [[2, /^[a-z]+_[a-z]+ still exists$/]],
  ],
  [
    'images-and-layers',
    'only Debian pulled',
    ['docker pull debian:13-slim'],
    [
      [1, 'alpine:3.22 is not in the local cache'],
      [2, 'isolationlab/web:1 is not in the local cache'],
    ],
  ],
  [
    'images-and-layers',
    'pulled, then Debian removed',
    [
      'docker pull debian:13-slim',
      'docker pull alpine:3.22',
      'docker pull isolationlab/web:1',
      'docker rmi debian:13-slim',
    ],
    [[0, 'debian:13-slim is not in the local cache']],
  ],
  [
    'boot-a-vm',
    'never started',
    ['virsh list --all'],
    [
      [0, 'web-vm is shut off'],
      [1, "you have not opened web-vm's console yet"],
    ],
  ],
  [
    'boot-a-vm',
    'logged in and still on the console',
    ['virsh start web-vm', 'virsh console web-vm', 'root', 'isolationlab'],
    [[1, 'your shell is on the VM web-vm']],
  ],
  [
    'boot-a-vm',
    'left the console, then destroyed the VM',
    ['virsh start web-vm', 'virsh console web-vm', 'root', 'isolationlab', 'exit', '\x1d', 'virsh destroy web-vm'],
    [[0, 'web-vm is shut off']],
  ],
  [
    'living-with-vms',
    'nothing yet',
    [],
    [
      [0, 'web-vm has no snapshot before-upgrade'],
      [1, 'no VM named web-vm-2'],
      [2, 'web-vm is on host'],
      [3, "you have not read web-vm's completed migration job (virsh domjobinfo --completed) yet"],
    ],
  ],
  [
    'living-with-vms',
    'a snapshot of the running UEFI guest is refused; the clone is refused while it runs; migrated, job not read',
    [
      'virsh snapshot-create-as web-vm before-upgrade',
      'virt-clone --original web-vm --name web-vm-2 --auto-clone',
      'virsh migrate --live web-vm qemu+ssh://host-b/system',
    ],
    [
      [0, 'web-vm has no snapshot before-upgrade'],
      [1, 'no VM named web-vm-2'],
      [3, "you have not read web-vm's completed migration job (virsh domjobinfo --completed) yet"],
    ],
  ],
  [
    'living-with-vms',
    'snapshot and clone, but the VM never started again, so it could not migrate',
    [
      'virsh shutdown web-vm',
      'virsh snapshot-create-as web-vm before-upgrade',
      'virt-clone --original web-vm --name web-vm-2 --auto-clone',
      'virsh migrate --live web-vm qemu+ssh://host-b/system',
      'virsh -c qemu+ssh://host-b/system domjobinfo web-vm --completed',
    ],
    [
      [2, 'web-vm is on host'],
      [3, "you have not read web-vm's completed migration job (virsh domjobinfo --completed) yet"],
    ],
  ],
];

describe('lab goals are not met by a near miss (lessons/labs/*.yaml)', () => {
  test.each(NEAR_MISSES)('%s: %s', (id, _what, lines, expected) => {
    const unmet = unmetAfter(id, lines);
    expect(unmet.map(([i]) => i)).toEqual(expected.map(([i]) => i));
    unmet.forEach(([, detail], k) => {
      const want = expected[k]![1];
      if (typeof want === 'string') expect(detail).toBe(want);
      else expect(detail).toMatch(want);
    });
  });
});
