import type { GenerateSWOptions } from 'workbox-build';

/** Where the real-kernel VM's files live in the site (public/real-kernel/), outside the precache. */
export const REAL_KERNEL_DIR = 'real-kernel';
/** The runtime cache that keeps them for offline use once a learner has booted the VM. */
export const REAL_KERNEL_CACHE = 'isolation-lab-real-kernel';

/** Whatever a learner can open: pages, their scripts and styles, images, and Pagefind's index and WebAssembly. */
export const PRECACHE_PATTERNS = [
  '**/*.{html,js,css,svg,png,ico,webmanifest,json,wasm,pagefind,pf_meta,pf_index,pf_fragment}',
];

/**
 * Left out: LMS downloads (a teacher fetches them online, and they are large), Pagefind's UIs the site does not
 * use, and the worker itself.
 */
export const PRECACHE_IGNORES = [
  'exports/**',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
  'sw.js',
  // The real-kernel VM (emulator, kernel, snapshot): megabytes a learner downloads only by pressing its button.
  `${REAL_KERNEL_DIR}/**`,
];

/**
 * The worker's options for a site under `base`. A new deployment installs beside the old one and takes over only
 * when no page of the old one is open (no skipWaiting), so a page never mixes old and new files; outdated caches are
 * then deleted. Pagefind adds `?ts=` to its entry file to dodge HTTP caches: the precache ignores that parameter.
 */
export function precacheOptions(base: string): Omit<GenerateSWOptions, 'globDirectory' | 'swDest'> {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    modifyURLPrefix: { '': root },
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
    // Hashed build assets carry their version in the name; everything else is revisioned by content.
    dontCacheBustURLsMatching: /\/_astro\//,
    cleanupOutdatedCaches: true,
    clientsClaim: false,
    skipWaiting: false,
    // A page that is not in the precache goes to the network, so a missing page still gets the server's real 404;
    // only when the network fails does the learner get the course's own 404 page from the cache.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${root}404.html` } },
      },
      {
        // Fetched only after the learner asks for the VM, then kept: the next boot works offline. The page asks for
        // each file with ?v=<its sha256> (public/real-kernel/manifest.json), so a rebuilt image is a new entry.
        // A RegExp, not a function: generateSW copies a function's source into sw.js, without the variables it uses.
        urlPattern: new RegExp(`^https?://[^/]+${root.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${REAL_KERNEL_DIR}/`),
        handler: 'CacheFirst',
        options: { cacheName: REAL_KERNEL_CACHE, expiration: { maxEntries: 16 } },
      },
    ],
    inlineWorkboxRuntime: true,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    mode: 'production',
    sourcemap: false,
  };
}
