import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Print forces the light palette in any theme; its copy of the light values must not drift from the originals.
const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
const print = read('src/styles/print.css');

/** The `--il-*` custom properties set in the first block that follows `selector {`. */
function vars(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block for ${selector}`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/(--il-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const printed = vars(print, ':root[data-theme]');

describe('print palette', () => {
  it('prints diagrams in the light theme colours of diagram.css', () => {
    const light = vars(read('src/diagrams/diagram.css'), ":root[data-theme='light']");
    expect(Object.keys(light).length).toBeGreaterThan(10);
    for (const [name, value] of Object.entries(light)) expect(printed[name], name).toBe(value);
  });

  it("prints marks in course.css's light colours", () => {
    const light = vars(read('src/styles/course.css'), ':root');
    expect(Object.keys(light).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(light)) expect(printed[name], name).toBe(value);
  });
});
