/** One `<QuickCheck … />` tag in a lesson's MDX, with its 1-based line in the file. */
export interface QuickCheckTag {
  line: number;
  /** The `quiz="…"` attribute, if given as a plain string. */
  quiz?: string;
  /** The `question="…"` attribute, if given as a plain string. */
  question?: string;
}

const TAG = /<QuickCheck\b([^>]*?)\/?>/g;
const ATTR = /\b(quiz|question)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)')\s*\})/g;

/** Blanks what is not MDX markup (the frontmatter, fenced and inline code) while keeping every line break. */
function blankNonMarkup(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, blank)
    .replace(/^ {0,3}(`{3,}|~{3,})[\s\S]*?^ {0,3}\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]+`/g, blank);
}

/** Finds the `<QuickCheck>` tags of a lesson file, so the loader can check them against the lesson's check quiz. */
export function findQuickCheckTags(text: string): QuickCheckTag[] {
  const markup = blankNonMarkup(text);
  const tags: QuickCheckTag[] = [];
  for (const match of markup.matchAll(TAG)) {
    const tag: QuickCheckTag = { line: markup.slice(0, match.index).split('\n').length };
    for (const [, name, ...values] of (match[1] ?? '').matchAll(ATTR))
      tag[name as 'quiz' | 'question'] = values.find((v) => v !== undefined);
    tags.push(tag);
  }
  return tags;
}

/** The 1-based line of a top-level frontmatter field, for problems that concern a field rather than a tag. */
export function fieldLine(text: string, field: string): number | undefined {
  const index = text.search(new RegExp(`^${field}:`, 'm'));
  return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}
