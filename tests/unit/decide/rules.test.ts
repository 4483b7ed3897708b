import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDecisionAid, DECISION_AID_FILE } from '../../../src/course/load-decision-aid';
import { lessonIdFromPath } from '../../../src/course/model';
import { formatProblem } from '../../../src/course/problem';
import { DecisionAidSchema } from '../../../src/schemas/decision-aid';
import { parse as parseYaml } from 'yaml';
import { allAnswers } from '../../../src/engines/decide/combinations';
import { decide, defaultAnswers, ruleMatches } from '../../../src/engines/decide/decide';

// The real rules in lessons/decision-aid.yaml, checked against the real lessons and run on every combination.

/** Every lesson id under lessons/ (what the loader's link check compares against). */
function lessonIdsOnDisk(dir = 'lessons'): Set<string> {
  const ids = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
      ids.add(lessonIdFromPath(join(entry.parentPath, entry.name)));
  return ids;
}

const text = readFileSync(DECISION_AID_FILE, 'utf8');
// The behaviour below does not depend on which lessons exist yet, so it reads the rules with the schema alone.
const aid = DecisionAidSchema.parse(parseYaml(text));

test('the rules pass the loader, every lesson link pointing at a lesson under lessons/', () => {
  expect(checkDecisionAid(text, lessonIdsOnDisk()).problems.map(formatProblem)).toEqual([]);
});

describe('every combination of answers', () => {
  const all = [...allAnswers(aid.questions)];
  const outcomes = aid.recommendations.map((r) => r.id);

  test('is the full product of the options (9 questions)', () => {
    expect(aid.questions).toHaveLength(9);
    expect(all).toHaveLength(aid.questions.reduce((n, q) => n * q.options.length, 1));
  });

  test.each(all.map((a) => [Object.values(a).join(' '), a] as const))('%s → one outcome with reasons', (_, answers) => {
    const d = decide(aid, answers);
    expect(outcomes).toContain(d.recommendation);
    expect(d.reasons.length).toBeGreaterThan(0);
    // Reasons and caveats together are exactly the rules that matched, each once.
    const matched = aid.rules.filter((r) => ruleMatches(r, answers)).map((r) => r.id);
    expect([...d.reasons, ...d.caveats].map((r) => r.id).sort()).toEqual([...matched].sort());
    // No reason may argue for an outcome other than the one chosen, and the chosen one was not ruled out.
    for (const r of d.reasons) expect(r.excludes).not.toContain(d.recommendation);
  });

  test('every outcome is reachable, so none is dead weight', () => {
    expect(new Set(all.map((a) => decide(aid, a).recommendation))).toEqual(new Set(outcomes));
  });
});

describe('what the rules advise, case by case', () => {
  const base = () => defaultAnswers(aid);
  const pick = (change: Record<string, string>) => decide(aid, { ...base(), ...change }).recommendation;

  test('a trusted, fast, stateless Linux service run by an experienced team: containers', () => {
    expect(pick({})).toBe('containers');
  });
  test('the same service with untrusted tenants: a sandboxed runtime or microVM', () => {
    expect(pick({ trust: 'no' })).toBe('sandboxed');
  });
  test('untrusted tenants, long-running, experienced team: containers inside VMs', () => {
    expect(pick({ trust: 'no', speed: 'low' })).toBe('containers-in-vms');
  });
  test('a legacy GUI application or another OS family: VMs, whatever else is answered', () => {
    expect(pick({ legacy: 'yes' })).toBe('vms');
    expect(pick({ os: 'other' })).toBe('vms');
    for (const a of allAnswers(aid.questions))
      if (a.legacy === 'yes' || a.os === 'other') expect(decide(aid, a).recommendation).toBe('vms');
  });
  test('a custom kernel or drivers never lands on shared-kernel containers or a sandbox', () => {
    for (const a of allAnswers(aid.questions))
      if (a.kernel === 'yes') expect(['vms', 'containers-in-vms']).toContain(decide(aid, a).recommendation);
  });
  test('untrusted workloads or a hypervisor-separation rule never get plain containers', () => {
    for (const a of allAnswers(aid.questions))
      if (a.trust === 'no' || a.compliance === 'yes') expect(decide(aid, a).recommendation).not.toBe('containers');
  });
  test('a team new to containers with stateful, long-running services: VMs', () => {
    expect(pick({ maturity: 'low', state: 'stateful', speed: 'low' })).toBe('vms');
  });
  test('a foreign CPU architecture changes no outcome but always adds its warning as a reason', () => {
    for (const a of allAnswers(aid.questions)) {
      if (a.arch !== 'foreign') continue;
      const d = decide(aid, a);
      expect(d.recommendation).toBe(decide(aid, { ...a, arch: 'same' }).recommendation);
      expect(d.reasons.map((r) => r.id)).toContain('foreign-arch');
    }
  });
  test('a Windows workload never gets a Linux-only sandbox', () => {
    for (const a of allAnswers(aid.questions))
      if (a.os === 'windows') expect(decide(aid, a).recommendation).not.toBe('sandboxed');
  });
});
