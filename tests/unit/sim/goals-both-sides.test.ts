// Every goal check, met and not met, with the reason the learner reads in the goal panel when it is not met.
// The states are built with the learner's own commands, so a check that stops looking at a field fails here.
import { describe, expect, test } from 'vitest';
import { GoalCheckSchema } from '../../../src/schemas/scenario';
import { checkGoal, type ScenarioRun } from '../../../src/engines/sim/index';
import { lab as labWith, typer, verdict } from './goal-helpers';

/** A lab session whose start state has `images` cached (and the two VMs defined, shut off). */
const lab = (images: string[] = ['alpine:3.22'], vms: Array<{ name: string }> = []): ScenarioRun =>
  labWith(images, vms, 3);
const type = typer(/not found|not simulated/);

const met = { met: true };
const no = (detail: string) => ({ met: false, detail });

describe('container checks (docker run flags and state as docker inspect shows them)', () => {
  /** web: running with limits; done: exited 3; hog: OOM-killed; plain: running with no limits. */
  function containers(): ScenarioRun {
    const run = lab(['alpine:3.22', 'busybox']);
    type(
      run,
      'docker run -d --name web -m 64m --pids-limit 20 --read-only --network none --cap-drop NET_RAW alpine:3.22 sleep 1000',
      "docker run --name done alpine:3.22 sh -c 'exit 3'",
      'docker run -m 64m --name hog alpine:3.22 tail /dev/zero',
      'docker run -d --name plain --privileged busybox sleep 1000',
    );
    return run;
  }

  test('name: the named container, or the reason there is none', () => {
    const run = containers();
    expect(verdict(run, { type: 'container', name: 'web' })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'nope' })).toEqual(no('no container named nope'));
    expect(verdict(lab(), { type: 'container' })).toEqual(no('no container yet'));
    expect(verdict(lab(), { type: 'container', name: 'web' })).toEqual(no('no container named web'));
  });

  test('image: by the ref it was run with, or any other tag of the same image', () => {
    const run = containers();
    expect(verdict(run, { type: 'container', name: 'web', image: 'alpine:3.22' })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'web', image: 'busybox' })).toEqual(no('web runs alpine:3.22'));
    // alpine:latest is another tag; it matches only once it points at the same image locally.
    expect(verdict(run, { type: 'container', name: 'web', image: 'alpine' })).toEqual(no('web runs alpine:3.22'));
    type(run, 'docker pull alpine:latest');
    expect(verdict(run, { type: 'container', name: 'web', image: 'alpine' })).toEqual(met);
  });

  test('image: a container keeps the ref it was run with (Config.Image), even once rmi -f untags it', () => {
    const run = lab(['alpine:3.22', 'busybox']);
    type(run, 'docker run --name b busybox true', 'docker rmi -f busybox');
    expect(verdict(run, { type: 'container', name: 'b', image: 'busybox' })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'b', image: 'alpine:3.22' })).toEqual(no('b runs busybox:latest'));
    expect(verdict(run, { type: 'image', ref: 'busybox' })).toEqual(no('busybox:latest is not in the local cache'));
  });

  test('status and exit code', () => {
    const run = containers();
    expect(verdict(run, { type: 'container', name: 'web', status: 'running' })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'web', status: 'exited' })).toEqual(no('web is running'));
    expect(verdict(run, { type: 'container', name: 'done', status: 'exited' })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'done', status: 'running' })).toEqual(no('done is exited'));
    expect(verdict(run, { type: 'container', name: 'done', exitCode: 3 })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'done', exitCode: 0 })).toEqual(no('done exited with 3'));
    expect(verdict(run, { type: 'container', name: 'web', exitCode: 0 })).toEqual(no('web is running'));
    expect(verdict(run, { type: 'container', name: 'hog', exitCode: 137 })).toEqual(met);
  });

  test('oomKilled: true only after the OOM killer struck in that container', () => {
    const run = containers();
    expect(verdict(run, { type: 'container', name: 'hog', oomKilled: true })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'web', oomKilled: true })).toEqual(no('web: OOMKilled is false'));
    expect(verdict(run, { type: 'container', name: 'web', oomKilled: false })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'hog', oomKilled: false })).toEqual(no('hog: OOMKilled is true'));
  });

  test('memory: the exact limit, in any spelling of the same size', () => {
    const run = containers();
    expect(verdict(run, { type: 'container', name: 'web', memory: '64m' })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'web', memory: '64M' })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'web', memory: '128m' })).toEqual(
      no('web has no 128m memory limit'),
    );
    expect(verdict(run, { type: 'container', name: 'plain', memory: '64m' })).toEqual(
      no('plain has no 64m memory limit'),
    );
  });

  test('pidsLimit', () => {
    const run = containers();
    expect(verdict(run, { type: 'container', name: 'web', pidsLimit: 20 })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'web', pidsLimit: 10 })).toEqual(no('web has pids limit 20'));
    expect(verdict(run, { type: 'container', name: 'plain', pidsLimit: 10 })).toEqual(no('plain has pids limit none'));
  });

  test('readOnly, network and privileged, each way', () => {
    const run = containers();
    expect(verdict(run, { type: 'container', name: 'web', readOnly: true })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'web', readOnly: false })).toEqual(no('web is read-only'));
    expect(verdict(run, { type: 'container', name: 'plain', readOnly: true })).toEqual(no('plain is not read-only'));
    expect(verdict(run, { type: 'container', name: 'plain', readOnly: false })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'web', network: 'none' })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'web', network: 'bridge' })).toEqual(no('web uses network none'));
    expect(verdict(run, { type: 'container', name: 'plain', network: 'bridge' })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'plain', privileged: true })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'plain', privileged: false })).toEqual(no('plain is privileged'));
    expect(verdict(run, { type: 'container', name: 'web', privileged: true })).toEqual(no('web is not privileged'));
    expect(verdict(run, { type: 'container', name: 'web', privileged: false })).toEqual(met);
  });

  test('capDropped: names with or without CAP_, any case; the reason lists what is still there', () => {
    const run = containers();
    expect(verdict(run, { type: 'container', name: 'web', capDropped: ['NET_RAW'] })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'web', capDropped: ['cap_net_raw'] })).toEqual(met);
    expect(verdict(run, { type: 'container', name: 'web', capDropped: ['CHOWN'] })).toEqual(no('web still has CHOWN'));
    expect(verdict(run, { type: 'container', name: 'web', capDropped: ['CHOWN', 'NET_RAW', 'kill'] })).toEqual(
      no('web still has CHOWN, KILL'),
    );
  });

  test('file: present in the writable layer, and containing the text', () => {
    const run = containers();
    const file = (path: string, contains?: string) => ({ type: 'container', name: 'plain', file: { path, contains } });
    expect(verdict(run, file('/root/a'))).toEqual(no('plain has no /root/a in its writable layer'));
    type(run, "docker exec plain sh -c 'echo hello > /root/a'");
    expect(verdict(run, file('/root/a'))).toEqual(met);
    expect(verdict(run, file('/root/a', 'hell'))).toEqual(met);
    expect(verdict(run, file('/root/a', 'bye'))).toEqual(no('/root/a in plain lacks "bye"'));
  });

  test('without a name, any one container may match; the reason is about the first', () => {
    const run = containers();
    expect(verdict(run, { type: 'container', oomKilled: true })).toEqual(met);
    expect(verdict(run, { type: 'container', image: 'busybox', status: 'running' })).toEqual(met);
    expect(verdict(run, { type: 'container', exitCode: 42 })).toEqual(no('web is running'));
  });

  test('every field of one check must hold together', () => {
    const run = containers();
    const check = { type: 'container', name: 'web', image: 'alpine:3.22', status: 'running', memory: '64m' };
    expect(verdict(run, check)).toEqual(met);
    expect(verdict(run, { ...check, pidsLimit: 5 })).toEqual(no('web has pids limit 20'));
    expect(verdict(run, { ...check, file: { path: '/x' } })).toEqual(no('web has no /x in its writable layer'));
  });
});

describe('no-container and image checks (docker rm, docker rmi, docker pull)', () => {
  test('no-container by name and by image', () => {
    const run = lab(['alpine:3.22', 'busybox']);
    type(run, 'docker run -d --name web busybox sleep 100', 'docker run --name t alpine:3.22 true');
    expect(verdict(run, { type: 'no-container', name: 'web' })).toEqual(no('web still exists'));
    expect(verdict(run, { type: 'no-container', name: 'other' })).toEqual(met);
    expect(verdict(run, { type: 'no-container', image: 'alpine:3.22' })).toEqual(no('t still exists'));
    expect(verdict(run, { type: 'no-container', name: 'web', image: 'alpine:3.22' })).toEqual(met);
    expect(verdict(run, { type: 'no-container' })).toEqual(no('web still exists'));
    type(run, 'docker stop -t 0 web');
    expect(verdict(run, { type: 'no-container', name: 'web' })).toEqual(no('web still exists'));
    type(run, 'docker rm web t');
    expect(verdict(run, { type: 'no-container', name: 'web' })).toEqual(met);
    expect(verdict(run, { type: 'no-container', image: 'alpine:3.22' })).toEqual(met);
    expect(verdict(run, { type: 'no-container' })).toEqual(met);
  });

  test('image present and absent', () => {
    const run = lab(['busybox']);
    expect(verdict(run, { type: 'image', ref: 'busybox' })).toEqual(met);
    expect(verdict(run, { type: 'image', ref: 'busybox', present: false })).toEqual(
      no('busybox:latest is still in the local cache'),
    );
    expect(verdict(run, { type: 'image', ref: 'alpine:3.22' })).toEqual(no('alpine:3.22 is not in the local cache'));
    expect(verdict(run, { type: 'image', ref: 'alpine:3.22', present: false })).toEqual(met);
    type(run, 'docker rmi busybox', 'docker pull alpine:3.22');
    expect(verdict(run, { type: 'image', ref: 'busybox', present: false })).toEqual(met);
    expect(verdict(run, { type: 'image', ref: 'alpine:3.22' })).toEqual(met);
  });
});

describe('vm checks (virsh start, the boot, virsh destroy)', () => {
  test('shut off, running while it boots, booted once the login prompt is up', () => {
    const run = lab();
    expect(verdict(run, { type: 'vm', name: 'nope', state: 'running' })).toEqual(no('no VM named nope'));
    expect(verdict(run, { type: 'vm', name: 'web-vm', state: 'shut off' })).toEqual(met);
    expect(verdict(run, { type: 'vm', name: 'web-vm', state: 'running' })).toEqual(no('web-vm is shut off'));
    expect(verdict(run, { type: 'vm', name: 'web-vm', state: 'booted' })).toEqual(no('web-vm is shut off'));
    type(run, 'virsh start web-vm');
    expect(verdict(run, { type: 'vm', name: 'web-vm', state: 'running' })).toEqual(met);
    const booting = verdict(run, { type: 'vm', name: 'web-vm', state: 'booted' });
    expect(booting.met).toBe(false);
    expect(booting.detail).toMatch(/^web-vm is booting \((firmware|bootloader|kernel|initrd|init)\)$/);
    expect(verdict(run, { type: 'vm', name: 'web-vm', state: 'shut off' })).toEqual(no(booting.detail!));
    type(run, 'sleep 120');
    expect(verdict(run, { type: 'vm', name: 'web-vm', state: 'booted' })).toEqual(met);
    expect(verdict(run, { type: 'vm', name: 'web-vm', state: 'shut off' })).toEqual(no('web-vm is running'));
    type(run, 'virsh destroy web-vm');
    expect(verdict(run, { type: 'vm', name: 'web-vm', state: 'shut off' })).toEqual(met);
    expect(verdict(run, { type: 'vm', name: 'web-vm', state: 'running' })).toEqual(no('web-vm is shut off'));
  });

  test('a lab that starts with a VM running starts it booted', () => {
    const run = lab(['alpine:3.22'], [{ name: 'tiny' }]);
    expect(verdict(run, { type: 'vm', name: 'tiny', state: 'booted' })).toEqual(met);
    expect(verdict(run, { type: 'vm', name: 'web-vm', state: 'shut off' })).toEqual(met);
  });
});

describe('session checks (where the shell is: docker run -it, docker exec -it, virsh console, exit)', () => {
  test('host, then a container by name and image, then back', () => {
    const run = lab(['alpine:3.22', 'busybox']);
    const inBox = { type: 'session', inside: 'container', name: 'box' };
    expect(verdict(run, { type: 'session', inside: 'host' })).toEqual(met);
    expect(verdict(run, inBox)).toEqual(no('your shell is on the host'));
    type(run, 'docker run -d --name other busybox sleep 100', 'docker run -it --name box alpine:3.22 sh');
    expect(verdict(run, { type: 'session', inside: 'host' })).toEqual(no('your shell is on the container'));
    expect(verdict(run, inBox)).toEqual(met);
    expect(verdict(run, { ...inBox, image: 'alpine:3.22' })).toEqual(met);
    expect(verdict(run, { ...inBox, image: 'busybox' })).toEqual(no('this container runs alpine:3.22'));
    expect(verdict(run, { type: 'session', inside: 'container', name: 'other' })).toEqual(no('you are in box'));
    expect(verdict(run, { type: 'session', inside: 'container' })).toEqual(met);
    expect(verdict(run, { type: 'session', inside: 'vm' })).toEqual(no('your shell is on the container'));
    type(run, 'exit');
    expect(verdict(run, { type: 'session', inside: 'host' })).toEqual(met);
    type(run, 'docker exec -it other sh');
    expect(verdict(run, { type: 'session', inside: 'container', name: 'other', image: 'busybox' })).toEqual(met);
    expect(verdict(run, inBox)).toEqual(no('you are in other'));
  });

  test("on a VM's console after logging in", () => {
    const run = lab(['alpine:3.22'], [{ name: 'tiny' }, { name: 'web-vm' }]);
    type(run, 'virsh console web-vm', 'root', 'isolationlab');
    expect(verdict(run, { type: 'session', inside: 'vm', name: 'web-vm' })).toEqual(met);
    expect(verdict(run, { type: 'session', inside: 'vm' })).toEqual(met);
    expect(verdict(run, { type: 'session', inside: 'vm', name: 'tiny' })).toEqual(no('you are on web-vm'));
    expect(verdict(run, { type: 'session', inside: 'host' })).toEqual(no('your shell is on the VM web-vm'));
    expect(verdict(run, { type: 'session', inside: 'container' })).toEqual(no('your shell is on the VM web-vm'));
  });

  test('back on the host after a console: not met at the start, nor for another VM, nor while still attached', () => {
    const run = lab(['alpine:3.22'], [{ name: 'tiny' }, { name: 'web-vm' }]);
    const back = { type: 'session', inside: 'host', afterConsole: 'web-vm' };
    expect(verdict(run, back)).toEqual(no("you have not opened web-vm's console yet"));
    type(run, 'virsh start tiny', 'virsh console tiny', '\x1d');
    expect(verdict(run, back)).toEqual(no("you have not opened web-vm's console yet"));
    type(run, 'virsh start web-vm', 'virsh console web-vm');
    expect(verdict(run, back)).toEqual(no('your shell is on the VM web-vm'));
    type(run, '\x1d');
    expect(verdict(run, back)).toEqual(met);
  });
});

describe('checkGoal over several parts', () => {
  test('done only when every part is met; parts keep their order and descriptions', () => {
    const run = lab(['busybox']);
    const goal = [
      { description: 'busybox cached', check: GoalCheckSchema.parse({ type: 'image', ref: 'busybox' }) },
      { description: 'on the host', check: GoalCheckSchema.parse({ type: 'session', inside: 'host' }) },
    ];
    expect(checkGoal(run.state(), goal)).toEqual({
      done: true,
      parts: [
        { description: 'busybox cached', met: true },
        { description: 'on the host', met: true },
      ],
    });
    type(run, 'docker rmi busybox');
    expect(checkGoal(run.state(), goal)).toEqual({
      done: false,
      parts: [
        { description: 'busybox cached', met: false, detail: 'busybox:latest is not in the local cache' },
        { description: 'on the host', met: true },
      ],
    });
  });
});
