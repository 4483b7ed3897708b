import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

// The W3C Nu HTML checker (the validator behind validator.w3.org/nu) over every built page, in one Java run.
// Errors in markup we write must be 0; upstream ones are allowed only through tests/e2e/nu-allow.yaml.

interface Allowed {
  message: string;
  extract?: string;
  reason: string;
}
interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const javaFound = spawnSync('java', ['-version']).status === 0;

// The CSS parser in the checker does not know custom properties (`--sl-color-white: …` is valid CSS).
const cssCustomPropertyFalsePositive = (m: NuMessage) => /^CSS: “--[^”]*”: Parse Error\.?$/.test(m.message);

test('the Nu HTML checker finds no error in the markup we write', async () => {
  test.skip(
    !javaFound,
    'Java is not installed: the Nu checker needs a JRE (Debian: apt-get install default-jre-headless).',
  );
  test.setTimeout(180_000);
  const jar = createRequire(import.meta.url)('vnu-jar') as string;
  const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--skip-non-html', '--exit-zero-always', 'dist'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // The checker writes its JSON report to stderr; an empty or unreadable report is a failure, not a pass.
  const report = JSON.parse(run.stderr || run.stdout) as { messages: NuMessage[] };
  expect(report.messages.length, 'the checker reported nothing at all: did it run?').toBeGreaterThan(0);
  const allowed = parse(readFileSync('tests/e2e/nu-allow.yaml', 'utf8')) as Allowed[];
  const used = new Set<Allowed>();
  const errors = report.messages.filter((m) => m.type === 'error' && !cssCustomPropertyFalsePositive(m));
  const ours = errors.filter((m) => {
    const hit = allowed.find(
      (a) => new RegExp(a.message).test(m.message) && (!a.extract || new RegExp(a.extract).test(m.extract ?? '')),
    );
    if (hit) used.add(hit);
    return !hit;
  });
  expect(ours.map((m) => `${(m.url ?? '').replace(/^.*\/dist\//, '/')}:${m.lastLine}: ${m.message}`)).toEqual([]);
  expect(
    allowed.filter((a) => !used.has(a)).map((a) => a.reason),
    'allow-list entries that match nothing',
  ).toEqual([]);
});
