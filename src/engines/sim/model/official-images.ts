/**
 * nginx, redis, python (slim) and debian:13 as docker-library/repo-info lists them for linux/amd64
 * (`repos/<image>/remote/<tag>.md`): tags, layer order and count, blob digests and compressed sizes, the
 * index digest a pull prints, ENTRYPOINT/CMD/ENV/WORKDIR/EXPOSE, and the build history. Long RUN lines of
 * the official Dockerfiles are abridged where marked `[…]`. Sizes live in facts.ts.
 */
import { EMPTY_LAYER, OFFICIAL_LAYER_BYTES as B } from '../facts';
import type { LayerDef, RegistryImage } from './catalog';
import type { OsInfo } from './types';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** A layer with its real digest. */
const layer = (digest: string, sizes: { compressed: number; disk: number }, createdBy: string): LayerDef => ({
  name: `blob-${digest.slice(0, 16)}`,
  digest,
  compressed: sizes.compressed,
  disk: sizes.disk,
  createdBy,
});

/** Debian trixie's rootfs as each image's base layer (each image was built on its own snapshot of it). */
const rootfs = (digest: string, sizes: { compressed: number; disk: number }, epoch: string): LayerDef =>
  layer(digest, sizes, `# debian.sh --arch 'amd64' out/ 'trixie' '@${epoch}'`);

/** The welcome page nginx's Debian package installs as /usr/share/nginx/html/index.html. */
export const NGINX_WELCOME =
  '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n</style>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, nginx is successfully installed and working.\nFurther configuration is required for the web server, reverse proxy, \nAPI gateway, load balancer, content cache, or other features.</p>\n\n<p>For online documentation and support please refer to\n<a href="https://nginx.org/">nginx.org</a>.<br/>\nTo engage with the community please visit\n<a href="https://community.nginx.org/">community.nginx.org</a>.<br/>\nFor enterprise grade support, professional services, additional\nsecurity features and capabilities please refer to\n<a href="https://f5.com/nginx">f5.com/nginx</a>.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n';

const NGINX_COPIES = [
  ['3c7ab7949321f47c96fc0918f9f72e8f51bd452cdef1e0dad9599880317380b9', 'COPY docker-entrypoint.sh / # buildkit'],
  ['cacfcdd01f309c65d69372716e799ea741065ac1b1e60880b3a6981ae105cb55', 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit'],
  ['b6698f04e005497a7f495c0719358d43890cb3997ad7b4ab0b06748247c574a3', 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit'],
  ['2bedaf25031a24fb70b9dc2d56cb17139186d1ae5fd2054ecbd0dfe1a69585ba', 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit'],
  ['d26f27cc8c41e321394cb3c9a80915d90d5f1f1d3cbbbcda3be00f13c53b041e', 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit'],
] as const; // prettier-ignore

/** Config-only history rows (0B, no layer). */
const meta = (...rows: string[]) => rows.map((createdBy) => ({ createdBy, layer: null }));
/** A history row for layer `i`, with that layer's own created_by. */
const step = (i: number) => ({ createdBy: '', layer: i });

/** The four official images, on the Debian 13 identity the caller passes (catalog.ts owns the OS table). */
export function officialImages(debian13: OsInfo): RegistryImage[] {
  const nginxEnv = ['NGINX_VERSION=1.31.3', 'NJS_VERSION=1.0.0', 'NJS_RELEASE=1~trixie', 'ACME_VERSION=0.4.1', 'PKG_RELEASE=1~trixie', 'DYNPKG_RELEASE=1~trixie']; // prettier-ignore
  const nginx: RegistryImage = {
    repo: 'nginx',
    tags: ['latest', '1.31.3', '1.31', 'mainline'],
    digest: '5a88c9c45479443d7be2eadc894b4ed0a9801bae03d97a5760ae13b5c2005942',
    os: debian13,
    ageDays: 138,
    layers: [
      rootfs('062e450697faa5f02a3a74eba9864ee4d79bc9cfbd65769fc6cdff2c05c6a053', B.nginxBase, '1783900800'),
      layer(
        '82454cdbf456a77f9ff1bb88b121c2a739e38c30ea689c135c7cca6249eabe4e',
        B.nginxRun,
        'RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update [\u2026] && apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl [\u2026] && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit',
      ),
      ...NGINX_COPIES.map(([d, by], i) =>
        layer(d, { compressed: B.nginxCopies[i] as number, disk: (B.nginxCopies[i] as number) * 3 }, by),
      ),
    ],
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: [PATH, ...nginxEnv],
    exposed: ['80/tcp'],
    cmdHistory: 'CMD ["nginx" "-g" "daemon off;"]',
    history: [
      { createdBy: "# debian.sh --arch 'amd64' out/ 'trixie' '@1783900800'", layer: 0 },
      ...meta('LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>', ...nginxEnv.map((e) => `ENV ${e}`)),
      step(1),
      ...NGINX_COPIES.map((_c, i) => step(i + 2)),
      ...meta('ENTRYPOINT ["/docker-entrypoint.sh"]', 'EXPOSE map[80/tcp:{}]', 'STOPSIGNAL SIGQUIT', 'CMD ["nginx" "-g" "daemon off;"]'), // prettier-ignore
    ],
    extraTools: ['nginx'],
    users: { nginx: 101 },
    files: {
      '/usr/share/nginx/html/index.html': NGINX_WELCOME,
      '/usr/share/nginx/html/50x.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n', // prettier-ignore
      '/docker-entrypoint.sh': '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n[\u2026]\nexec "$@"\n',
      '/etc/nginx/conf.d/default.conf': 'server {\n    listen       80;\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n', // prettier-ignore
    },
  };
  const redisArgs = 'REDIS_DOWNLOAD_URL=https://github.com/redis/redis/releases/download/8.10.1/redis-full.tar.gz REDIS_DOWNLOAD_SHA=e5cae2686231290bf55ae5cc4da01e646c3424233cae7618ebf3a64250ef1583'; // prettier-ignore
  const redis: RegistryImage = {
    repo: 'redis',
    tags: ['latest', '8.10.1', '8.10', '8'],
    digest: '8a1efc5f479551822b47424ccae982026b633f28818eab0387348120a61e10e2',
    os: debian13,
    ageDays: 72,
    layers: [
      rootfs('6b37362b3da78869050b894b799ad4df04f1f3b52774087db0d81151570244c8', B.redisBase, '1789689600'),
      layer('cd2a24b5fb25c4844b2cdaa383d07858aba6053eaec806bd84cf3da1256272bc', B.redisUser, 'RUN /bin/sh -c set -eux; \tgroupadd -r -g 999 redis; \tuseradd -r -g redis -u 999 redis # buildkit'), // prettier-ignore
      layer('090bdb3db9ca070adacf9281d8aa8dd33aa2a615502350c6e4d62d3e581acf01', B.redisTzdata, 'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\ttzdata \t; \trm -rf /var/lib/apt/lists/* # buildkit'), // prettier-ignore
      layer('916bd9c149a39d26450a2da3d7cebc6d61eb639a195458fa0047ccb638d12ffe', B.redisBuild, `RUN |2 ${redisArgs} /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; [\u2026] \tredis-cli --version; \tredis-server --version # buildkit`), // prettier-ignore
      layer('325b1e560d63ad49c2f0e5c9b2430e83db7d567ecd837da4c5dff2952f8fccf0', B.redisData, `RUN |2 ${redisArgs} /bin/sh -c mkdir /data && chown redis:redis /data # buildkit`), // prettier-ignore
      layer(EMPTY_LAYER.digest, EMPTY_LAYER, 'WORKDIR /data'),
      layer('a7abbb3aa6cf2c19ce7974aba5bcf32d2c35e43753b5b450304b85a5cea0ae93', B.redisEntrypoint, 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit'), // prettier-ignore
    ],
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    users: { redis: 999 },
    unmodelled: ['redis-server', 'redis-cli', 'redis-benchmark'],
    env: [PATH, 'REDIS_VERSION=8.10.1'],
    workdir: '/data',
    exposed: ['6379/tcp'],
    cmdHistory: 'CMD ["redis-server"]',
    history: [
      { createdBy: "# debian.sh --arch 'amd64' out/ 'trixie' '@1789689600'", layer: 0 },
      step(1),
      step(2),
      ...meta('ENV REDIS_VERSION=8.10.1', 'ARG REDIS_DOWNLOAD_URL=https://github.com/redis/redis/releases/download/8.10.1/redis-full.tar.gz', 'ARG REDIS_DOWNLOAD_SHA=e5cae2686231290bf55ae5cc4da01e646c3424233cae7618ebf3a64250ef1583'), // prettier-ignore
      step(3),
      step(4),
      step(5),
      step(6),
      ...meta('ENTRYPOINT ["docker-entrypoint.sh"]', 'EXPOSE map[6379/tcp:{}]', 'CMD ["redis-server"]'),
    ],
  };
  const pyEnv = ['GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', 'PYTHON_VERSION=3.13.14', 'PYTHON_SHA256=639e43243c620a308f968213df9e00f2f8f62332f7adbaa7a7eeb9783057c690']; // prettier-ignore
  const pyPath = 'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  const python: RegistryImage = {
    repo: 'python',
    tags: ['3.13-slim', '3.13.14-slim'],
    digest: '9662417aace5ae7b8e2609cce472b72a8958e134ba372808abe9cc1a0c0125e6',
    os: debian13,
    ageDays: 117,
    layers: [
      rootfs('26c307b5e35a59ce911f5fde5b9458120ec8734e831ea2da5649a9ad14abfd3d', B.pythonBase, '1785715200'),
      layer('b07d7dc8cffa92d40bc6200f68e319be23b12c64ad7ad56d63131bdefe693985', B.pythonApt, 'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tnetbase \t\ttzdata \t; \tapt-get dist-clean # buildkit'), // prettier-ignore
      layer('8ad573e28f2289f32f3b3d92e35aace6d3c744693e5de61a0f2ec1cea46a2a67', B.pythonBuild, 'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; [\u2026] \tmake install; [\u2026] \tpython3 --version; \tpip3 --version # buildkit'), // prettier-ignore
      layer('de0b1452b50bdbb7be92daccff5c95fbea4450ebde338a4a3833a93b077c6409', B.pythonLinks, 'RUN /bin/sh -c set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do \t\tdst="$(echo "$src" | tr -d 3)"; \t\t[ -s "/usr/local/bin/$src" ]; \t\t[ ! -e "/usr/local/bin/$dst" ]; \t\tln -svT "$src" "/usr/local/bin/$dst"; \tdone # buildkit'), // prettier-ignore
    ],
    cmd: ['python3'],
    unmodelled: ['python3', 'python', 'pip', 'pip3', 'pydoc', 'idle'],
    env: [pyPath, ...pyEnv],
    cmdHistory: 'CMD ["python3"]',
    history: [
      { createdBy: "# debian.sh --arch 'amd64' out/ 'trixie' '@1785715200'", layer: 0 },
      ...meta(`ENV ${pyPath}`),
      step(1),
      ...meta(...pyEnv.map((e) => `ENV ${e}`)),
      step(2),
      step(3),
      ...meta('CMD ["python3"]'),
    ],
  };
  const debian: RegistryImage = {
    repo: 'debian',
    tags: ['13', 'trixie', 'latest'],
    digest: '34cd9e9fd437c0a095ec39cb2e73422c9f30821b0d0848ed74fd0d43bae4d958',
    os: debian13,
    ageDays: 117,
    layers: [
      layer('1da3cb2f93f2ca3c5bdaf4c024a7f1ebd717938d20c858e4be4b9aa81fc8608c', B.debianFull, "# debian.sh --arch 'amd64' out/ 'trixie' '@1785715200'"), // prettier-ignore
    ],
    cmd: ['bash'],
    cmdHistory: 'CMD ["bash"]',
    // repo-info lists the rootfs step alone for debian:13 (CMD is in the config, with no history row).
    history: [{ createdBy: "# debian.sh --arch 'amd64' out/ 'trixie' '@1785715200'", layer: 0 }],
  };
  return [nginx, redis, python, debian];
}
