// Builds the lab's own kernel from Debian's linux-source-6.1 package: `make ARCH=i386 tinyconfig`, then the
// options in lab.config, then bzImage. Reproducible: fixed build timestamp, user and host; no modules.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Unpacks the source tarball from the extracted .deb and builds arch/x86/boot/bzImage; returns its bytes. */
export function buildLabKernel(debDir, workDir, configFile, epoch) {
  const tarball = readdirSync(join(debDir, 'usr/src')).find((f) => /^linux-source-.*\.tar\.xz$/.test(f));
  if (!tarball) throw new Error(`no linux-source tarball in ${debDir}/usr/src`);
  const src = join(workDir, tarball.replace(/\.tar\.xz$/, ''));
  if (!existsSync(src)) execFileSync('tar', ['-xJf', join(debDir, 'usr/src', tarball), '-C', workDir]);
  const env = {
    ...process.env,
    ARCH: 'i386',
    KBUILD_BUILD_TIMESTAMP: new Date(epoch * 1000).toISOString(),
    KBUILD_BUILD_USER: 'lab',
    KBUILD_BUILD_HOST: 'isolation-lab',
    KBUILD_BUILD_VERSION: '1',
  };
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: src, env, stdio: ['ignore', 'ignore', 'inherit'] });
  run('make', ['tinyconfig']);
  run('scripts/kconfig/merge_config.sh', ['-m', '-O', '.', '.config', configFile]);
  run('make', ['olddefconfig']);
  const config = readFileSync(join(src, '.config'), 'utf8');
  const missing = readFileSync(configFile, 'utf8')
    .split('\n')
    .filter((l) => /^CONFIG_\w+=/.test(l) && !config.includes(`\n${l}\n`));
  if (missing.length) throw new Error(`kernel options not taken (a dependency is missing): ${missing.join(', ')}`);
  console.log(`building the lab kernel in ${src} (several minutes)`);
  run('make', [`-j${cpus().length}`, 'bzImage']);
  const release = readFileSync(join(src, 'include/config/kernel.release'), 'utf8').trim();
  return { bzImage: readFileSync(join(src, 'arch/x86/boot/bzImage')), release };
}
