/** Reads the accessibility fields authors write in Mermaid's own syntax: `accTitle:` and `accDescr:` / `accDescr { … }`. */
import type { Problem } from '../course/problem.ts';

/** What an author wrote about a diagram for readers who cannot see it. */
export interface DiagramText {
  title?: string;
  description?: string;
}

/** Finds `accTitle` and `accDescr` (one-line or `{ block }` form) the way Mermaid's grammars do. */
export function extractDiagramText(source: string): DiagramText {
  const title = /^[ \t]*accTitle[ \t]*:[ \t]*(.*?)[ \t]*$/m.exec(source)?.[1];
  const line = /^[ \t]*accDescr[ \t]*:[ \t]*(.*?)[ \t]*$/m.exec(source)?.[1];
  const block = /^[ \t]*accDescr\s*\{([^}]*)\}/m.exec(source)?.[1];
  const description = (line ?? block)?.replace(/\n[ \t]+/g, '\n').trim();
  return { title, description };
}

/** Where a diagram sits, for messages: the lesson file and the line of its opening fence. */
export interface DiagramLocation {
  file: string;
  line: number;
}

/** Path part of a problem, e.g. `diagram at line 42`. */
export const diagramPath = (at: DiagramLocation) => `diagram at line ${at.line}`;

/** Checks that a diagram has both a title and a description; returns one problem per missing field. */
export function checkDiagramText(text: DiagramText, at: DiagramLocation): Problem[] {
  const problems: Problem[] = [];
  const where = { file: at.file, path: diagramPath(at) };
  if (!text.title) {
    problems.push({
      ...where,
      expected: 'an accTitle: line naming the diagram',
      found: text.title === '' ? 'an empty accTitle' : 'none',
      hint: 'add a line such as `accTitle: How a system call reaches the kernel` inside the mermaid fence; it becomes the caption.',
    });
  }
  if (!text.description) {
    problems.push({
      ...where,
      expected: 'an accDescr: line (or an accDescr { … } block) describing what the diagram shows',
      found: text.description === '' ? 'an empty accDescr' : 'none',
      hint: 'readers who cannot see the diagram get this text; add e.g. `accDescr: A process asks the kernel to open a file and gets a file descriptor back.`',
    });
  }
  return problems;
}
