/**
 * A policy in a `<meta>` governs only what comes after it, and Astro writes its CSP `<meta>` where it injects head
 * content, after Starlight's theme scripts: they would run unchecked (while the hosting header does check them).
 * This moves the policy up to just after `<meta charset>` (which must stay in the first 1024 bytes), or to the start
 * of `<head>`. A page without a policy is returned unchanged.
 */
export function moveCspMetaFirst(html: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i.exec(html);
  if (!meta) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const anchor = /<meta charset="[^"]*"\s*\/?>/i.exec(without) ?? /<head(\s[^>]*)?>/i.exec(without);
  if (!anchor) return html;
  const at = anchor.index + anchor[0].length;
  return without.slice(0, at) + meta[0] + without.slice(at);
}
