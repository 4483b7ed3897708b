import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkRealGoal, parseByteSize } from '../../../src/engines/real-vm/goals';
import { extractReply, parseProbe, probeCommand } from '../../../src/engines/real-vm/probe';
import { RealLabSchema } from '../../../src/schemas/real-lab';

const lab = RealLabSchema.parse(parseYaml(readFileSync('lessons/real-labs/container-by-hand.yaml', 'utf8')));

/** A reply as lab-probe prints it; `done` adds the learner's finished container. */
function reply(done: { cgroup?: boolean; limit?: string; box?: boolean; chroot?: boolean; oom?: boolean }): string {
  const lines = ['host lab-vm'];
  const ns = (pid: number, uts: number, pidns: number, mnt: number) => [
    `ns /proc/${pid}/ns/uts ${uts}`,
    `ns /proc/${pid}/ns/pid ${pidns}`,
    `ns /proc/${pid}/ns/mnt ${mnt}`,
    `ns /proc/${pid}/ns/net 4026531840`,
  ];
  lines.push(...ns(1, 4026531838, 4026531836, 4026531841), 'f /proc/1/comm:init', 'f /proc/1/cgroup:0::/');
  lines.push(...ns(80, 4026531838, 4026531836, 4026531841), 'f /proc/80/comm:sh', 'f /proc/80/cgroup:0::/');
  if (done.box) {
    lines.push(...ns(95, 4026532200, 4026532202, 4026532201), 'f /proc/95/comm:sh');
    lines.push(`f /proc/95/cgroup:0::${done.cgroup ? '/lab' : '/'}`);
    if (done.chroot) lines.push('root /proc/95/root /srv/rootfs');
    lines.push('uts 4026532200 box');
  }
  lines.push('uts 4026531838 lab-vm');
  if (done.cgroup) lines.push(`cg /sys/fs/cgroup/lab ${done.limit ?? '16777216'} ${done.oom ? 1 : 0}`);
  if (done.oom)
    lines.push(
      'oom [   41.120000] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/lab,task_memcg=/lab,task=tail,pid=97,uid=0',
    );
  return `@@BEGIN 3@@\r\n${lines.join('\r\n')}\r\n@@END 3@@\r\n`;
}

const check = (text: string) => checkRealGoal(parseProbe(extractReply(text, 3)!), lab.goal);

describe('the real-kernel probe', () => {
  it('asks with the request id and waits for the end marker', () => {
    expect(probeCommand(7)).toBe('lab-probe 7\n');
    expect(extractReply('noise @@BEGIN 7@@\nhost a\n', 7)).toBeUndefined();
    expect(extractReply('@@BEGIN 6@@\nx\n@@END 6@@', 7)).toBeUndefined();
    expect(extractReply('junk@@BEGIN 7@@\nhost a\n@@END 7@@', 7)).toBe('\nhost a\n');
  });

  it('parses processes, namespaces, roots, cgroups and the OOM log', () => {
    const r = parseProbe(extractReply(reply({ cgroup: true, box: true, chroot: true, oom: true }), 3)!);
    expect(r.hostname).toBe('lab-vm');
    expect(r.processes.map((p) => p.pid)).toEqual([1, 80, 95]);
    expect(r.processes[2]).toEqual({
      pid: 95,
      comm: 'sh',
      ns: { uts: 4026532200, pid: 4026532202, mnt: 4026532201, net: 4026531840 },
      cgroup: '/lab',
      root: '/srv/rootfs',
    });
    expect(r.utsHostnames.get(4026532200)).toBe('box');
    expect(r.cgroups).toEqual([{ path: '/lab', memoryMax: 16777216, oomKills: 1 }]);
    expect(r.oomLog).toHaveLength(1);
  });

  it('reads "max" as no memory limit and skips lines it does not know', () => {
    const r = parseProbe('cg /sys/fs/cgroup/lab max 0\nbogus line\nns /proc/x/ns/uts 1\n');
    expect(r.cgroups).toEqual([{ path: '/lab', memoryMax: undefined, oomKills: 0 }]);
    expect(r.processes).toEqual([]);
  });
});

describe('the real container-by-hand goal', () => {
  it('is met by the finished container', () => {
    const result = check(reply({ cgroup: true, box: true, chroot: true, oom: true }));
    expect(result.parts.filter((p) => !p.met)).toEqual([]);
    expect(result.done).toBe(true);
  });

  it('is not met on a fresh VM, and says why part by part', () => {
    const result = check(reply({}));
    expect(result.done).toBe(false);
    expect(result.parts.map((p) => p.detail)).toEqual([
      'there is no cgroup /sys/fs/cgroup/lab yet',
      'shares the uts, pid, mnt namespaces with PID 1',
      'shares the pid namespace with PID 1',
      'there is no cgroup /sys/fs/cgroup/lab yet',
      'dmesg shows no OOM kill in /lab yet',
    ]);
  });

  it('names the wrong limit, the missing chroot, the missing cgroup and the missing kill', () => {
    const result = check(reply({ cgroup: true, limit: '67108864', box: true }));
    expect(result.parts.map((p) => p.detail)).toEqual([
      'its memory.max is 67108864, not 16777216 (16M)',
      undefined,
      'its root is /, not /srv/rootfs (chroot)',
      'no process in it has been OOM-killed yet (memory.events)',
      'dmesg shows no OOM kill in /lab yet',
    ]);
    expect(check(reply({ box: true })).parts[1]!.detail).toBe('it is in cgroup /, not /lab');
  });

  it('converts cgroup sizes with powers of 1024 and rejects others', () => {
    expect(parseByteSize('16M')).toBe(16 * 1024 * 1024);
    expect(parseByteSize('512k')).toBe(512 * 1024);
    expect(parseByteSize('1g')).toBe(1024 ** 3);
    expect(parseByteSize('4096')).toBe(4096);
    expect(() => parseByteSize('16 MB')).toThrow('expected a size such as "16M", found "16 MB"');
  });
});
