import { describe, expect, it } from 'vitest';
import { lookCover, lookOf } from '../../e2e/site-pages';

// The every-page spec audits the dark theme on this cover only: if the cover missed a part of the site's look, that
// part would go unaudited in the dark.

describe('the look of a page', () => {
  it('is its classes, custom elements and inline styles, without Astro’s scoping classes', () => {
    const look = lookOf(
      '<il-quiz class="il-quiz astro-x1"><span style="--0:#fff">a</span><p class="note  big">b</p></il-quiz>',
    );
    expect([...look].sort()).toEqual(['.big', '.il-quiz', '.note', '<il-quiz>', 'style:--0:#fff']);
  });
});

describe('a cover of the site’s look', () => {
  const site: Record<string, string> = {
    '/a/': '<p class="x y"></p><span style="--0:#111"></span>',
    '/b/': '<p class="x"></p>',
    '/c/': '<il-race class="z"></il-race>',
    '/d/': '<p class="y"></p><span style="--0:#222"></span>',
  };
  const cover = lookCover(Object.keys(site), (p) => site[p]!);

  it('shows every part at least once', () => {
    const shown = new Set(cover.flatMap((p) => [...lookOf(site[p]!)]));
    for (const html of Object.values(site)) for (const part of lookOf(html)) expect(shown).toContain(part);
  });

  it('leaves out a page whose parts all show elsewhere', () => {
    expect(cover).toEqual(['/a/', '/c/', '/d/']);
  });
});
