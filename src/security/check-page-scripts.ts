import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A script on a built page that the page's own policy would block. */
export interface ScriptProblem {
  /** What is wrong, in a sentence that names the script. */
  readonly message: string;
  /** The script's hash, when it is an inline script (what to add to the policy if it is expected). */
  readonly hash?: `sha256-${string}`;
}

// A <script> whose type is one of these runs (https://html.spec.whatwg.org/#javascript-mime-type); any other type
// (application/json, application/ld+json…) is a data block that CSP does not govern.
const RUNNABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript']);

/** SHA-256 of a script's text, as CSP writes it. */
export function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function textOf(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

/** The start of a script's text on one line, so a message can name it. */
export function describeScript(text: string): string {
  const short = text.trim().replace(/\s+/g, ' ');
  return JSON.stringify(short.length > 80 ? `${short.slice(0, 80)}…` : short);
}

function sourcesOf(policy: string, directive: string): string[] | undefined {
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name?.toLowerCase() === directive) return values;
  }
  return undefined;
}

/**
 * Checks one built page against the policy in its own `<meta http-equiv="content-security-policy">`: the policy must
 * come before every script (it governs only what follows it), every inline script must be allowed by hash,
 * script-src must not fall back to 'unsafe-inline' or 'unsafe-eval', and no element may carry an inline event
 * handler (a hash-only policy blocks them).
 */
export function checkPageScripts(html: string): ScriptProblem[] {
  const tree: Root = fromHtml(html);
  const problems: ScriptProblem[] = [];
  let policy: string | undefined;
  const inline: string[] = [];
  visit(tree, 'element', (el: Element) => {
    const p = el.properties;
    if (el.tagName === 'meta' && String(p.httpEquiv ?? '').toLowerCase() === 'content-security-policy') {
      policy = String(p.content ?? '');
    }
    for (const name of Object.keys(p)) {
      if (/^on[A-Za-z]/.test(name)) {
        problems.push({
          message: `<${el.tagName}> has an inline event handler (${name.toLowerCase()}), which CSP blocks`,
        });
      }
    }
    const type = String(p.type ?? '')
      .trim()
      .toLowerCase();
    if (el.tagName !== 'script' || !RUNNABLE_TYPES.has(type)) return;
    const what = p.src === undefined ? `inline script ${describeScript(textOf(el))}` : `script ${String(p.src)}`;
    if (policy === undefined)
      problems.push({ message: `${what} comes before the policy <meta>, which cannot govern it` });
    if (p.src === undefined) inline.push(textOf(el));
  });
  if (policy === undefined) return [{ message: 'has no Content-Security-Policy <meta>' }, ...problems];
  const scriptSrc = sourcesOf(policy, 'script-src') ?? sourcesOf(policy, 'default-src') ?? [];
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'"]) {
    if (scriptSrc.includes(unsafe)) problems.push({ message: `its policy allows ${unsafe} for scripts` });
  }
  const allowed = new Set(scriptSrc.map((s) => s.replace(/^'|'$/g, '')));
  for (const text of inline) {
    const hash = scriptHash(text);
    if (!allowed.has(hash)) {
      problems.push({ message: `inline script ${describeScript(text)} (${hash}) is not in its script-src`, hash });
    }
  }
  return problems;
}
