// A static server for dist/ that compresses as a real host does (gzip), so Lighthouse sees realistic transfer sizes.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.xml']);

/** Serves `dist` on 127.0.0.1 at a free port; resolves to the server (`server.address().port`). */
export function serveDist(dist) {
  const gzipped = new Map();
  return new Promise((done) => {
    const server = createServer((req, res) => {
      let path = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
      if (!path.startsWith(dist) || !existsSync(path)) {
        res.writeHead(404, { 'content-type': types['.html'] }).end(readFileSync(join(dist, '404.html')));
        return;
      }
      const ext = extname(path);
      const headers = { 'content-type': types[ext] ?? 'application/octet-stream' };
      // Hashed build assets never change: cache them for a year, as the nginx config does.
      if (path.includes('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
      let body = readFileSync(path);
      if (compressible.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
        body = gzipped.get(path);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'Accept-Encoding';
      }
      res.writeHead(200, headers).end(body);
    });
    server.listen(0, '127.0.0.1', () => done(server));
  });
}
