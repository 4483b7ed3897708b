/** Turns the Mermaid diagrams of one lesson into accessible, theme-aware figures, using the cache first. */
import { CourseContentError, type Problem } from '../course/problem.ts';
import { diagramHash, readCachedSvg, writeCachedSvg, DEFAULT_CACHE_DIR } from './cache.ts';
import { dropForeignAttributes, slimSvg } from './svg-clean.ts';
import { findHardCodedColours, rewriteColours } from './colours.ts';
import { checkDiagramText, diagramPath, extractDiagramText, type DiagramLocation } from './extract.ts';
import { buildFigure } from './figure.ts';
import { renderInBrowser, type RenderBatch } from './renderer.ts';
import { diagramPrefix, prefixIds } from './svg-ids.ts';

/** One fenced diagram: its Mermaid source and where its opening fence is. */
export interface DiagramInput {
  source: string;
  line: number;
}

/** How diagrams are rendered: the browser batch (default) and the cache directory; both replaceable in tests. */
export interface RenderOptions {
  render?: RenderBatch;
  cacheDir?: string;
}

function syntaxProblem(d: DiagramInput, at: DiagramLocation, message: string, line?: number): Problem {
  // Mermaid counts lines from the first line inside the fence, which is the fence's line + 1.
  const fileLine = line === undefined ? undefined : d.line + line;
  const sourceLine = line === undefined ? undefined : d.source.split('\n')[line - 1]?.trim();
  const detail =
    message
      .split('\n')
      .filter((l) => !/^\.{3}|^-+\^/.test(l))
      .slice(-1)[0]
      ?.trim() ?? message;
  return {
    file: at.file,
    path: diagramPath(at),
    expected: fileLine === undefined ? 'valid Mermaid syntax' : `valid Mermaid syntax on line ${fileLine}`,
    found: sourceLine
      ? `${JSON.stringify(sourceLine)}, which Mermaid rejects: ${detail}`
      : `a Mermaid error: ${detail}`,
    hint: 'check the line against https://mermaid.js.org/intro/syntax-reference.html; the Mermaid Live Editor (mermaid.live) shows errors as you type.',
  };
}

/**
 * Renders every diagram of one file in one batch (one browser page, launched only on a cache miss).
 * Returns figure HTML per diagram, or throws a CourseContentError listing every problem in the file.
 */
export async function renderDiagrams(
  file: string,
  diagrams: DiagramInput[],
  options: RenderOptions = {},
): Promise<string[]> {
  const { render = renderInBrowser, cacheDir = DEFAULT_CACHE_DIR } = options;
  const problems: Problem[] = [];
  // The first diagram with a problem: MDX reports the error's `line` as its location in the lesson.
  let firstLine: number | undefined;
  const note = (found: Problem[], line: number) => {
    if (found.length) firstLine ??= line;
    problems.push(...found);
  };
  const fail = () => Object.assign(new CourseContentError(problems), { line: firstLine, column: 1 });
  const texts = diagrams.map((d) => {
    const text = extractDiagramText(d.source);
    note(checkDiagramText(text, { file, line: d.line }), d.line);
    return text;
  });
  if (problems.length) throw fail();

  const hashes = diagrams.map((d) => diagramHash(d.source));
  const svgs = hashes.map((h) => readCachedSvg(h, cacheDir));
  const missing = svgs.flatMap((svg, i) => (svg === undefined ? [i] : []));
  if (missing.length) {
    const results = await render(missing.map((i) => diagrams[i]!.source)).catch((error: unknown) => {
      const lines = missing.map((i) => diagrams[i]!.line).join(', ');
      throw new Error(
        `${file}: the diagram(s) at line ${lines} are new or changed and need a browser to render.\n${(error as Error).message}`,
      );
    });
    results.forEach((r, k) => {
      const i = missing[k]!;
      if (r.ok) {
        svgs[i] = r.svg;
        writeCachedSvg(hashes[i]!, r.svg, cacheDir);
      } else {
        note([syntaxProblem(diagrams[i]!, { file, line: diagrams[i]!.line }, r.message, r.line)], diagrams[i]!.line);
      }
    });
  }
  const figures = svgs.map((raw, i) => {
    if (raw === undefined) return '';
    const prefix = diagramPrefix(hashes[i]!, i);
    const svg = prefixIds(rewriteColours(slimSvg(dropForeignAttributes(raw))), prefix);
    const leftovers = findHardCodedColours(svg);
    if (leftovers.length) {
      firstLine ??= diagrams[i]!.line;
      problems.push({
        file,
        path: diagramPath({ file, line: diagrams[i]!.line }),
        expected: 'colours that follow the light and dark themes',
        found: `hard-coded colour${leftovers.length > 1 ? 's' : ''} ${leftovers.join(', ')}`,
        hint: 'remove `style`/`classDef` colour settings from the diagram; the course palette keeps text readable in both themes.',
      });
    }
    return buildFigure(svg, prefix, texts[i]!.title!, texts[i]!.description!);
  });
  if (problems.length) throw fail();
  return figures;
}
