/** One thing wrong with the course content, phrased for the author who must fix it. */
export interface Problem {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** Dotted field path inside the file, e.g. `objectives.1.id`; empty for the whole file. */
  path: string;
  expected: string;
  found: string;
  hint?: string;
}

/** Formats a problem as one line: `file › path: expected …, found …. Hint: …`. */
export function formatProblem(p: Problem): string {
  const where = p.path ? `${p.file} › ${p.path}` : p.file;
  const hint = p.hint ? ` Hint: ${p.hint}` : '';
  return `${where}: expected ${p.expected}, found ${p.found}.${hint}`;
}

/** Thrown when content is invalid; its message lists every problem, one a line. */
export class CourseContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `Isolation Lab: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the course content:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'CourseContentError';
  }
}

/** Describes a value the way an author reads it: `"abc"`, `42`, `a list of 2`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'an object';
}
