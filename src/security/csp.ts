import type { AstroUserConfig } from 'astro';
import { INLINE_SCRIPTS } from './inline-scripts';

/**
 * The site's Content-Security-Policy, in one place: Astro writes it as a `<meta>` on every page
 * (`astroCspConfig`), and the hosting recipes send it as a header (`cspHeader`; deploy/nginx/isolation-lab.conf
 * carries a copy that a unit test compares with this). Nothing may load from another origin.
 */

/** Directives other than script-src and style-src, the same on every page. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Starlight's and Expressive Code's stylesheets draw their icons as data: SVG.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind runs its search in a worker loaded from the site; v86 (the real-kernel VM) paces its emulation loop
  // with a tiny timer worker it builds from a blob: URL, and decompresses with another.
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * script-src beyond the hashes: only the site's own files, and 'wasm-unsafe-eval' because Pagefind's search runs as
 * WebAssembly (it allows compiling WebAssembly, not eval of strings).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * style-src: xterm.js writes `<style>` elements and style attributes at run time (its renderer sizes the grid and
 * colours cells with them), which no build-time hash can cover, so styles allow 'unsafe-inline'. Astro then emits
 * no style hashes (a hash would switch 'unsafe-inline' off).
 */
export const STYLE_SOURCES = ["'self'", "'unsafe-inline'"] as const;

/** Only a header can carry these (a browser ignores them in a `<meta>` and says so in the console). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The hashes of every allowed inline script, without duplicates, in the order of INLINE_SCRIPTS. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return [...new Set(INLINE_SCRIPTS.map((s) => s.hash))];
}

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The `security.csp` option for astro.config.mjs. */
export function astroCspConfig(): AstroCsp {
  return {
    algorithm: 'SHA-256',
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: inlineScriptHashes() },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}

/** The policy as the value of a `Content-Security-Policy` header. */
export function cspHeader(): string {
  const scriptSrc = ['script-src', ...SCRIPT_SOURCES, ...inlineScriptHashes().map((h) => `'${h}'`)].join(' ');
  const styleSrc = ['style-src', ...STYLE_SOURCES].join(' ');
  return [...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES, scriptSrc, styleSrc].join('; ');
}
