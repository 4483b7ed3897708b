/** The bench's scripted session must exercise what it claims to, or its latency figures measure error paths. */
import { expect, test } from 'vitest';
import { BENCH_LINES } from '../../../src/engines/sim/bench-session';
import { fresh, run } from './helpers';

test('the bench session reaches every place it names: a container shell, a VM shell after login, and back', () => {
  const s = fresh();
  const out = BENCH_LINES.map((line) => ({ line, ...run(s, line) }));
  const after = (line: string, from = 0) => out.slice(from).find((o) => o.line === line)!;
  const vm = out.findIndex((o) => o.line === 'virsh console web-vm');
  expect(out.map((o) => o.text).join('')).not.toContain('Login incorrect');
  expect(after('uname -r', vm).text).toMatch(/^6\.\d+\.\d+\+deb13-amd64\n$/);
  // The guest has 2 GiB: a total under 2,048 MiB shows `free` ran in the VM, not on the host.
  const total = Number(/Mem:\s+(\d+)/.exec(after('free -m', vm).text)?.[1]);
  expect(total).toBeGreaterThan(1000);
  expect(total).toBeLessThan(2048);
  expect(after('virsh destroy web-vm', vm)).toEqual(expect.objectContaining({ code: 0 }));
  expect(s.prompt()).toMatch(/learner@/);
});
