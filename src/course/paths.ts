/** Joins the site's base path (e.g. `/` or `/course/`) and a site-relative path, never hard-coding the root. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}
