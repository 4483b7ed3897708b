/**
 * Checks an image reference the way the CLI does before it asks the daemon (distribution/reference's
 * ParseNormalizedNamed, used by `docker pull` and `docker run`): a name with capitals or a character
 * the grammar forbids is rejected on the client, so it never reaches "pull access denied".
 */

/** A path component: lowercase letters and digits, joined by `.`, `_`, `__` or dashes. */
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** The CLI's error for `ref`, or undefined when it is well formed. */
export function referenceError(ref: string): string | undefined {
  const at = ref.indexOf('@');
  const named = at < 0 ? ref : ref.slice(0, at);
  const colon = named.lastIndexOf(':');
  const hasTag = colon > named.lastIndexOf('/');
  const name = hasTag ? named.slice(0, colon) : named;
  const tag = hasTag ? named.slice(colon + 1) : undefined;
  // A first component with a dot or a port is a registry host; the rest is the repository path.
  const parts = name.split('/');
  const host = parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '') ? parts.shift() : undefined;
  const remote = host === undefined && parts.length === 1 ? `library/${name}` : parts.join('/');
  if (parts.every((p) => COMPONENT.test(p.toLowerCase())) && remote !== remote.toLowerCase())
    return `invalid reference format: repository name (${remote}) must be lowercase`;
  if (!parts.every((p) => COMPONENT.test(p)) || (tag !== undefined && !TAG.test(tag)))
    return 'invalid reference format';
  return undefined;
}
