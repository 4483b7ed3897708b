/** Mermaid's installed version, read without loading Mermaid; it is part of every cache key. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A new Mermaid may draw the same source differently, so its version invalidates the cache. */
export const MERMAID_VERSION: string = (require('mermaid/package.json') as { version: string }).version;
