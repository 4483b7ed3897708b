#!/usr/bin/env node
// Builds the real-kernel VM's images from pinned Debian packages, reproducibly, into public/real-kernel/:
//   node scripts/real-kernel/build.mjs            kernel, initramfs, BIOS, v86 wasm, snapshot, manifest
//   node scripts/real-kernel/build.mjs --no-state  everything but the snapshot (it takes a headless boot)
//   node scripts/real-kernel/build.mjs --debian    Debian's generic 686 kernel instead of the lab's own
// Run it under `nice -n 19`: building the lab kernel keeps every core busy for minutes.
// Needs dpkg-deb (Debian/Ubuntu) and network access to deb.debian.org the first time; the .deb files are cached
// in ~/.cache/isolation-lab/real-kernel and checked against the sha256 pinned below.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  mkdtempSync,
  rmSync,
  copyFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { buildCpio } from './cpio.mjs';
import { takeSnapshot } from './snapshot.mjs';
import { buildLabKernel } from './kernel.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'public', 'real-kernel');
const CACHE = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'isolation-lab', 'real-kernel');
// 2026-01-01T00:00:00Z unless the caller pins another.
const EPOCH = Number(process.env.SOURCE_DATE_EPOCH ?? 1767225600);
const POOL = 'http://deb.debian.org/debian/pool/main';

/** The pinned inputs: Debian bookworm packages, by exact version and checksum. */
export const PACKAGES = {
  'linux-source': {
    url: 'http://deb.debian.org/debian-security/pool/updates/main/l/linux/linux-source-6.1_6.1.192-3_all.deb',
    sha256: '5259c57ca92092da39bd2ea803046da0e3c28f2b6a11ea20f6297468188ceb67',
  },
  linux: {
    url: `${POOL}/l/linux-signed-i386/linux-image-6.1.0-50-686_6.1.176-1_i386.deb`,
    sha256: '526c469c5148a2b61c4241c3f6575427096575e0ffef9541b6729351c600b3e4',
  },
  busybox: {
    url: `${POOL}/b/busybox/busybox-static_1.35.0-4+deb12u1+b1_i386.deb`,
    sha256: '725ef9e6fbac4ab79b353165b05005e8c140d6e42177ebbc202ff1e13ded8b7c',
  },
  seabios: {
    url: `${POOL}/s/seabios/seabios_1.16.2-1_all.deb`,
    sha256: '08e5b3f761379f17a6051731cafa03e97686049e2cc1b8bdccc5a910646e2d8e',
  },
};

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

async function fetchDeb(name, { url, sha256: want }) {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, url.split('/').pop());
  if (!existsSync(file)) {
    console.log(`fetching ${url}`);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${name}: ${url} answered ${res.status}`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  }
  const got = sha256(readFileSync(file));
  if (got !== want) throw new Error(`${name}: ${file} has sha256 ${got}, pinned ${want}; delete it and retry`);
  const dir = mkdtempSync(join(tmpdir(), `rk-${name}-`));
  execFileSync('dpkg-deb', ['-x', file, dir]);
  return dir;
}

function initramfs(busyboxDir) {
  const busybox = readFileSync(join(busyboxDir, 'bin', 'busybox'));
  const applets = execFileSync(join(busyboxDir, 'bin', 'busybox'), ['--list'], { encoding: 'utf8' })
    .split('\n')
    .filter((a) => a && a !== 'busybox');
  const dir = (path) => ({ type: 'dir', path, mode: 0o755 });
  const file = (path, text, mode = 0o644) => ({ type: 'file', path, mode, data: Buffer.from(text) });
  const entries = [
    ...['bin', 'dev', 'etc', 'proc', 'root', 'run', 'srv', 'sys', 'tmp', 'sbin', 'usr', 'usr/bin', 'usr/sbin'].map(dir),
    { type: 'char', path: 'dev/console', mode: 0o600, rdev: [5, 1] },
    { type: 'file', path: 'bin/busybox', mode: 0o755, data: busybox },
    ...applets.map((a) => ({ type: 'symlink', path: `bin/${a}`, mode: 0o777, link: 'busybox' })),
    { type: 'file', path: 'init', mode: 0o755, data: readFileSync(join(ROOT, 'scripts/real-kernel/init.sh')) },
    // The chroot target's /dev: the two devices the lab's commands open.
    dir('srv/rootfs/dev'),
    { type: 'char', path: 'srv/rootfs/dev/null', mode: 0o666, rdev: [1, 3] },
    { type: 'char', path: 'srv/rootfs/dev/zero', mode: 0o666, rdev: [1, 5] },
    {
      type: 'file',
      path: 'sbin/lab-probe',
      mode: 0o755,
      data: readFileSync(join(ROOT, 'scripts/real-kernel/lab-probe.sh')),
    },
    file('etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n'),
    file('etc/group', 'root:x:0:\n'),
    file('etc/profile', "export PATH=/bin\nexport PS1='\\u@\\h:\\w\\$ '\nexport HOME=/root\ncd /root\n"),
    // The small root filesystem the lab chroots into: its own /etc, /proc to mount, and /bin bound at boot.
    ...['srv/rootfs', 'srv/rootfs/bin', 'srv/rootfs/etc', 'srv/rootfs/proc', 'srv/rootfs/root', 'srv/rootfs/tmp'].map(
      dir,
    ),
    file('srv/rootfs/etc/os-release', 'NAME="Lab container rootfs"\nID=lab-rootfs\n'),
    file('srv/rootfs/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n'),
    file('srv/rootfs/etc/profile', "export PATH=/bin\nexport PS1='\\u@\\h:\\w\\$ '\n"),
  ];
  return gzipSync(buildCpio(entries, EPOCH), { level: constants.Z_BEST_COMPRESSION });
}

async function main() {
  const withState = !process.argv.includes('--no-state');
  const debian = process.argv.includes('--debian');
  const dirs = {};
  for (const [name, pkg] of Object.entries(PACKAGES)) {
    if (name === (debian ? 'linux-source' : 'linux')) continue;
    dirs[name] = await fetchDeb(name, pkg);
  }
  mkdirSync(OUT, { recursive: true });
  let kernel;
  if (debian) {
    const file = readdirSync(join(dirs.linux, 'boot')).find((f) => f.startsWith('vmlinuz-'));
    kernel = { bzImage: readFileSync(join(dirs.linux, 'boot', file)), release: file.replace('vmlinuz-', '') };
  } else {
    const work = join(CACHE, 'kernel-build');
    mkdirSync(work, { recursive: true });
    kernel = buildLabKernel(dirs['linux-source'], work, join(ROOT, 'scripts/real-kernel/lab.config'), EPOCH);
  }
  const outputs = {
    // Every name has an extension: static servers (Vite's preview among them) 404 extensionless files.
    'bzImage.bin': kernel.bzImage,
    'initramfs.cpio.gzip': initramfs(dirs.busybox),
    'bios.bin': readFileSync(join(dirs.seabios, 'usr/share/seabios/bios.bin')),
    'vgabios.bin': readFileSync(join(dirs.seabios, 'usr/share/seabios/vgabios-stdvga.bin')),
  };
  for (const [name, buf] of Object.entries(outputs)) writeFileSync(join(OUT, name), buf);
  // v86 itself (loaded only after the click, so it stays out of the bundles the pages load) and its two wasm
  // files, unhashed: libv86 finds the fallback by replacing "v86.wasm" in the path it was given.
  for (const wasm of ['v86.wasm', 'v86-fallback.wasm', 'libv86.mjs']) {
    copyFileSync(join(ROOT, 'node_modules/v86/build', wasm), join(OUT, wasm));
  }
  if (withState) {
    const state = await takeSnapshot({ ...outputs, wasmPath: join(OUT, 'v86.wasm'), epoch: EPOCH });
    writeFileSync(join(OUT, 'state.bin.gzip'), state);
  }
  for (const d of Object.values(dirs)) rmSync(d, { recursive: true, force: true });
  writeManifest(kernel.release, debian ? 'linux' : 'linux-source');
}

function writeManifest(kernelRelease, kernelPackage) {
  const files = readdirSync(OUT)
    .filter((f) => !/^(SHA256SUMS|manifest\.json)$/.test(f))
    .sort();
  const sums = files.map((f) => `${sha256(readFileSync(join(OUT, f)))}  ${f}`).join('\n') + '\n';
  writeFileSync(join(OUT, 'SHA256SUMS'), sums);
  const files_ = Object.fromEntries(
    files.map((f) => {
      const buf = readFileSync(join(OUT, f));
      // gzip: what a server that compresses on the fly sends (the .gzip files gain nothing). They are not named
      // .gz because static servers (Vite's preview among them) would send those with Content-Encoding: gzip.
      const gzip = gzipSync(buf, { level: 6 }).length;
      return [f, { size: buf.length, gzip: Math.min(gzip, buf.length), sha256: sha256(buf) }];
    }),
  );
  const used = Object.fromEntries(
    Object.entries(PACKAGES).filter(([n]) => n !== (kernelPackage === 'linux' ? 'linux-source' : 'linux')),
  );
  const manifest = { kernelRelease, packages: used, files: files_ };
  writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  process.stdout.write(sums);
}

await main();
// v86 keeps timers alive after destroy(): end the process explicitly.
process.exit(0);
