import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropForeignAttributes, slimSvg } from '../../../src/diagrams/svg-clean.ts';
import { findHardCodedColours, rewriteColours } from '../../../src/diagrams/colours.ts';
import { buildFigure } from '../../../src/diagrams/figure.ts';
import { diagramPrefix, prefixIds } from '../../../src/diagrams/svg-ids.ts';
import { SENTINELS } from '../../../src/diagrams/theme.ts';

const sentinelOf = (role: string) => [...SENTINELS].find(([, r]) => r === role)![0];
const TEXT = sentinelOf('text');
const NODE = sentinelOf('node');

// A miniature of Mermaid's output: scoped <style>, markers referenced by url(#…), a <use href>, ARIA wiring.
const SVG =
  `<svg id="il-dg" width="100%" style="max-width: 300.5px;" viewBox="4 4 300.5 120" role="graphics-document document" aria-roledescription="flowchart-v2" aria-labelledby="chart-title-il-dg">` +
  `<title id="chart-title-il-dg">Old</title>` +
  `<style>#il-dg{fill:${TEXT};}#il-dg .node rect{fill:${NODE};stroke:#000000;}#il-dg .lbl{background-color:rgba(192, 222, 18, 0.5);}` +
  `#il-dg #il-dg_m path{fill:${TEXT.toUpperCase()};}#il-dg .x{filter:drop-shadow( 1px 2px 2px rgba(185,185,185,1));}</style>` +
  `<defs><marker id="il-dg_m"><path d="M0 0"/></marker><g id="shape"/></defs>` +
  `<path marker-end="url(#il-dg_m)" stroke="black"/><use href="#shape"/><text fill="${NODE}">Issue #123 fixed</text></svg>`;

describe('colour rewriting', () => {
  it('turns sentinel, translucent and fixed Mermaid colours into theme variables, and leaves text alone', () => {
    const out = rewriteColours(SVG);
    expect(out).toContain('#il-dg{fill:var(--il-dg-text);}');
    expect(out).toContain('fill:var(--il-dg-node);stroke:var(--il-dg-line);');
    expect(out).toContain('background-color:color-mix(in srgb, var(--il-dg-node) 50%, transparent)');
    expect(out).toContain('drop-shadow( 1px 2px 2px var(--il-dg-shadow))');
    expect(out).toContain('stroke="var(--il-dg-line)"');
    expect(out).toContain('<text fill="var(--il-dg-node)">Issue #123 fixed</text>');
    expect(findHardCodedColours(out)).toEqual([]);
  });

  it('reports colours it cannot map, such as an author style line', () => {
    const svg = `<svg><style>#a .n{fill:#f9f;}</style><rect style="fill:#f9f !important;stroke:pink"/><rect fill="teal"/></svg>`;
    expect(findHardCodedColours(rewriteColours(svg))).toEqual(['#f9f', 'pink', 'teal']);
  });
});

describe('id prefixing', () => {
  it('renames every id and every reference with the per-diagram prefix', () => {
    const prefix = diagramPrefix('abcdef0123456789', 2);
    expect(prefix).toBe('il-dg-abcdef01-2');
    const out = prefixIds(SVG, prefix);
    expect(out).toContain('<svg id="il-dg-abcdef01-2"');
    expect(out).toContain('aria-labelledby="il-dg-abcdef01-2-chart-title-il-dg"');
    expect(out).toContain('<marker id="il-dg-abcdef01-2_m">');
    expect(out).toContain('marker-end="url(#il-dg-abcdef01-2_m)"');
    expect(out).toContain('<use href="#il-dg-abcdef01-2-shape"/>');
    expect(out).toContain('#il-dg-abcdef01-2 #il-dg-abcdef01-2_m path{');
    expect(out).toContain('Issue #123 fixed');
    expect(out).not.toMatch(/[#"(]il-dg[_"){ ]/);
  });
});

describe('accessible figure', () => {
  it('names the SVG from its title, describes it, shows a caption and a keyboard-usable text description', () => {
    const html = buildFigure(prefixIds(SVG, 'p'), 'p', 'Two <kernels>', 'First line\nsame paragraph.\n\nSecond.');
    expect(html).toMatchInlineSnapshot(`
      "<figure class="il-diagram diagram" aria-labelledby="p-caption"><svg id="p" viewBox="4 4 300.5 120" width="301" height="120" role="img" aria-labelledby="p-title" aria-describedby="p-desc"><title id="p-title">Two &#60;kernels&#62;</title><desc id="p-desc">First line
      same paragraph.

      Second.</desc><style>#p{fill:#c0de10;}#p .node rect{fill:#c0de12;stroke:#000000;}#p .lbl{background-color:rgba(192, 222, 18, 0.5);}#p #p_m path{fill:#C0DE10;}#p .x{filter:drop-shadow( 1px 2px 2px rgba(185,185,185,1));}</style><defs><marker id="p_m"><path d="M0 0"/></marker><g id="p-shape"/></defs><path marker-end="url(#p_m)" stroke="black"/><use href="#p-shape"/><text fill="#c0de12">Issue #123 fixed</text></svg><figcaption><span class="il-diagram-title" id="p-caption">Two &#60;kernels&#62;</span><il-diagram-zoom><button type="button" class="il-button il-diagram-button il-diagram-enlarge" aria-haspopup="dialog" hidden>Enlarge<span class="sr-only"> diagram: Two &#60;kernels&#62;</span></button></il-diagram-zoom><details class="il-diagram-text"><summary>Text description</summary><p>First line same paragraph.</p><p>Second.</p></details></figcaption></figure>"
    `);
  });
});

describe('attributes that are not SVG', () => {
  it('drops `name` from shapes and `data-type`/`datatype` from groups, and nothing else', () => {
    const raw = `<svg viewBox="0 0 1 1"><g data-type="participant" datatype="x" class="actor"><rect x="1" name="K" width="2"/><line name="K" x1="0"/></g><text x="1">name="K" stays in text</text></svg>`;
    expect(dropForeignAttributes(raw)).toBe(
      `<svg viewBox="0 0 1 1"><g class="actor"><rect x="1" width="2"/><line x1="0"/></g><text x="1">name="K" stays in text</text></svg>`,
    );
  });

  it('no lesson diagram in the committed cache keeps one after cleaning', () => {
    const dir = 'src/diagrams/cache';
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.svg'))) {
      const svg = dropForeignAttributes(readFileSync(`${dir}/${f}`, 'utf8'));
      expect(svg, f).not.toMatch(/<(?:rect|line|g|text|path|polygon)\b[^>]*\s(?:name|datatype|data-type)="/);
    }
  });
});

describe('parts that draw nothing', () => {
  it('drops sizeless rects, unused markers and word-by-word tspans of one style; keeps what shows', () => {
    const tspan = (t: string, style = 'normal') =>
      `<tspan font-style="${style}" class="text-inner-tspan" font-weight="normal">${t}</tspan>`;
    const raw =
      `<svg><marker id="s_used"><path d="M0"></path></marker><marker id="s_unused"><circle r="5"></circle></marker>` +
      `<marker id="s_href"><path d="M1"></path></marker><use href="#s_href"/>` +
      `<defs><filter id="s_shadow"><feDropShadow dx="1"></feDropShadow></filter></defs>` +
      `<g class="label"><g><rect></rect><rect class="background" style="stroke:none"></rect><rect width="4" height="2"></rect>` +
      `<g><text>${tspan('Container')}${tspan(' B')}${tspan(' italic', 'italic')}</text></g><g/></g></g>` +
      `<path marker-end="url(#s_used)"></path></svg>`;
    expect(slimSvg(raw)).toBe(
      `<svg><marker id="s_used"><path d="M0"></path></marker>` +
        `<marker id="s_href"><path d="M1"></path></marker><use href="#s_href"/>` +
        `<g class="label"><rect width="4" height="2"></rect>` +
        `<text>Container B${tspan(' italic', 'italic')}</text><g/></g>` +
        `<path marker-end="url(#s_used)"></path></svg>`,
    );
  });

  it('moves a one-row label onto its <text> (place and anchor kept); a label of two rows keeps its row tspans', () => {
    const row = (y: string, t: string, anchor = '') =>
      `<tspan class="text-outer-tspan row" x="0" y="${y}" dy="1.1em"${anchor}>${t}</tspan>`;
    const one = `<text y="-10.1" style="">${row('-0.1em', 'HTTP API', ' text-anchor="middle"')}</text>`;
    expect(slimSvg(`<svg>${one}</svg>`)).toBe(
      `<svg><text style="" x="0" y="-0.1em" dy="1.1em" text-anchor="middle">HTTP API</text></svg>`,
    );
    // The row's anchor is the one its text is set with.
    const anchored = `<text y="-10.1" text-anchor="end">${row('-0.1em', 'CRI', ' text-anchor="middle"')}</text>`;
    expect(slimSvg(`<svg>${anchored}</svg>`)).toBe(
      `<svg><text x="0" y="-0.1em" dy="1.1em" text-anchor="middle">CRI</text></svg>`,
    );
    const unanchored = `<text y="-10.1" text-anchor="end">${row('-0.1em', 'CRI')}</text>`;
    expect(slimSvg(`<svg>${unanchored}</svg>`)).toBe(
      `<svg><text text-anchor="end" x="0" y="-0.1em" dy="1.1em">CRI</text></svg>`,
    );
    const two = `<text y="-10.1">${row('-0.1em', 'Two')}${row('1em', 'rows')}</text>`;
    expect(slimSvg(`<svg>${two}</svg>`)).toBe(`<svg>${two}</svg>`);
  });

  it('every lesson diagram in the committed cache keeps its text, its referenced markers and its sized shapes', () => {
    const dir = 'src/diagrams/cache';
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.svg'))) {
      const raw = readFileSync(`${dir}/${f}`, 'utf8');
      const slim = slimSvg(raw);
      const text = (svg: string) => svg.replace(/<[^>]+>/g, '');
      expect(text(slim), f).toBe(text(raw));
      for (const [, ref] of raw.matchAll(/url\(#([^)]+)\)/g)) expect(slim, f).toContain(`id="${ref}"`);
      const sized = (svg: string) =>
        svg
          .replace(/<marker\b[\s\S]*?<\/marker>/g, '')
          .match(/<(?:rect|path|circle|polygon|line)\b[^>]*\s(?:width|d|r|points|x2)=/g)?.length;
      expect(sized(slim), f).toBe(sized(raw));
      expect(slim.length, f).toBeLessThan(raw.length);
      expect(slim.match(/<g\b/g)?.length, f).toBe(slim.match(/<\/g>|<g\b[^>]*\/>/g)?.length);
    }
  });
});
