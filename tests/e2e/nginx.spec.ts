import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { checkLinks, formatBrokenLinks } from '../../scripts/check-links';
import { cspHeader } from '../../src/security/csp';
import { smokeTest } from './smoke';

// deploy/nginx/isolation-lab.conf, run by a real nginx on 127.0.0.1 against a real sub-path build
// (BASE_PATH=/course/, built here into a temporary folder: the other tests keep the root build in dist/), passes the
// preview server's smoke test, and sends the headers the config promises. Skipped when nginx is not installed.

const CONF = resolve('deploy/nginx/isolation-lab.conf');
const BROTLI_CONF = resolve('deploy/nginx/brotli.conf');
const BASE = '/course/';

function findNginx(): string | undefined {
  for (const bin of [process.env.NGINX, 'nginx', '/usr/sbin/nginx', '/usr/local/sbin/nginx']) {
    if (bin && spawnSync(bin, ['-v']).status === 0) return bin;
  }
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer().once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/** The deployable config with only its address and its files' folder changed, so what is tested is what ships. */
function configForTest(port: number, site: string): string {
  let conf = readFileSync(CONF, 'utf8');
  for (const [from, to] of [
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['root /srv/isolation-lab;', `root ${site};`],
  ] as const) {
    if (conf.split(from).length !== 2) throw new Error(`${CONF} should contain "${from}" once`);
    conf = conf.replace(from, to);
  }
  return conf;
}

const nginx = findNginx();
let dir = '';
let server: ChildProcess | undefined;
let root = '';
let site = '';
let brotli = false;

test.describe.configure({ mode: 'serial' });
test.skip(!nginx, 'nginx is not installed (Debian: apt-get install nginx-light; .ci/run installs it)');

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = mkdtempSync(join(tmpdir(), 'isolation-lab-nginx-'));
  chmodSync(dir, 0o755); // nginx's workers may run as another user
  site = join(dir, 'site');
  const build = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', join(site, 'course')],
    { env: { ...process.env, BASE_PATH: BASE }, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`BASE_PATH=${BASE} build failed:\n${build.stdout}\n${build.stderr}`);

  const port = await freePort();
  const version = spawnSync(nginx!, ['-V'], { encoding: 'utf8' }).stderr;
  const confDir = dirname(/--conf-path=(\S+)/.exec(version)?.[1] ?? '/etc/nginx/nginx.conf');
  const modulesDir = /--modules-path=(\S+)/.exec(version)?.[1] ?? '/usr/lib/nginx/modules';
  const brotliModule = join(modulesDir, 'ngx_http_brotli_filter_module.so');
  brotli = existsSync(brotliModule);
  writeFileSync(join(dir, 'isolation-lab.conf'), configForTest(port, site));
  for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, t));
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      brotli ? `load_module ${brotliModule};` : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${confDir}/mime.types;`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t === 'body' ? 'client_body' : t}_temp_path ${dir}/${t};`,
      ),
      brotli ? `  include ${BROTLI_CONF};` : '',
      `  include ${dir}/isolation-lab.conf;`,
      '}',
    ].join('\n'),
  );
  const args = ['-e', `${dir}/error.log`, '-p', dir, '-c', `${dir}/nginx.conf`];
  const check = spawnSync(nginx!, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejects the config:\n${check.stderr}`);
  server = spawn(nginx!, args, { stdio: 'ignore' });
  root = `http://127.0.0.1:${port}${BASE}`;
  await expect
    .poll(
      () =>
        fetch(root).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 10_000 },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server!.once('exit', done));
    server.kill('SIGTERM');
    await exited; // before removing its folder, which its workers still write to until they stop
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('nginx under /course/: the smoke test passes, with the security and cache headers', async ({ page }) => {
  const seen = await smokeTest(page, root);
  const policy = cspHeader();
  expect(policy).toContain("frame-ancestors 'none'");
  for (const [path, res] of [...seen.pages, ['a missing page', seen.missing] as const]) {
    const h = await res.allHeaders();
    expect(h['content-security-policy'], path).toBe(policy);
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('no-referrer');
    expect(h['permissions-policy'], path).toMatch(/camera=\(\)/);
    expect(h['cache-control'], path).toBe('no-cache');
  }
  for (const res of seen.assets) {
    expect((await res.allHeaders())['cache-control'], res.url()).toBe('public, max-age=31536000, immutable');
  }
});

test('nginx compresses text (brotli where its module is installed), and redirects to the course', async ({
  request,
}) => {
  const home = await request.get(root, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(home.headers()['content-encoding']).toBe('gzip');
  const html = await home.text();
  const script = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
  expect(script, 'the home page loads a bundled script').toMatch(/^\/course\/_astro\//);
  for (const enc of brotli ? ['gzip', 'br'] : ['gzip']) {
    const res = await request.get(new URL(script!, root).href, { headers: { 'Accept-Encoding': enc } });
    expect(res.headers()['content-encoding'], `${script} with Accept-Encoding: ${enc}`).toBe(enc);
  }
  const origin = new URL(root).origin;
  for (const [from, to] of [
    ['/', '/course/'],
    ['/course', '/course/'],
    ['/course/lessons/why-isolate', '/course/lessons/why-isolate/'],
  ]) {
    const res = await request.get(origin + from, { maxRedirects: 0 });
    expect(res.status(), from).toBeGreaterThanOrEqual(301);
    expect(res.headers().location, from).toBe(to);
  }
});

test('the /course/ build has no broken internal link or fragment (every URL carries the base path)', () => {
  expect(formatBrokenLinks(checkLinks(join(site, 'course'), BASE))).toEqual([]);
});
