/**
 * The official `docker` image's `cli` variant (docker-library/docker, `29/cli/Dockerfile`): Alpine with the
 * static docker client, the buildx and compose plugins, and `docker-entrypoint.sh`. It is what tutorials run
 * with `-v /var/run/docker.sock:/var/run/docker.sock` to drive the host's daemon from inside a container.
 * The layer order follows that Dockerfile; FACTS and repo-info give no figures for this tag, so every size
 * below is representative (the client, buildx and compose binaries are each some tens of MB).
 */
import type { LayerDef, RegistryImage } from './catalog';
import type { OsInfo } from './types';

const DOCKER_ENV = [
  'DOCKER_VERSION=29.0.1',
  'DOCKER_BUILDX_VERSION=0.30.0',
  'DOCKER_COMPOSE_VERSION=2.40.3',
  'DOCKER_TLS_CERTDIR=/certs',
];
const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** A layer of the image: representative sizes (compressed, on disk) in bytes. */
const layer = (name: string, compressed: number, disk: number, createdBy: string): LayerDef => ({
  name: `docker-cli-29-${name}`,
  compressed,
  disk,
  createdBy,
});

/** `docker:cli` on the Alpine base the caller passes (catalog.ts owns the base layer and OS table). */
export function dockerCliImage(alpineBase: LayerDef, alpine: OsInfo): RegistryImage {
  return {
    repo: 'docker',
    tags: ['cli', '29-cli', '29.0-cli', '29.0.1-cli'],
    os: alpine,
    ageDays: 12,
    layers: [
      alpineBase,
      layer('apk', 7_900_000, 21_000_000, 'RUN /bin/sh -c apk add --no-cache \t\tca-certificates \t\topenssh-client \t\tgit # buildkit'), // prettier-ignore
      layer('nsswitch', 280, 16_384, "RUN /bin/sh -c [ -e /etc/nsswitch.conf ] && grep '^hosts: files dns' /etc/nsswitch.conf # buildkit"), // prettier-ignore
      layer('docker', 19_300_000, 40_200_000, 'RUN /bin/sh -c set -eux; \tapkArch="$(apk --print-arch)"; [\u2026] \ttar --extract \t\t--file docker.tgz \t\t--strip-components 1 \t\t--directory /usr/local/bin/ \t\t--no-same-owner \t\t\'docker/docker\' \t; \trm docker.tgz; \t\tdocker --version # buildkit'), // prettier-ignore
      layer('buildx', 22_800_000, 71_600_000, 'RUN /bin/sh -c set -eux; [\u2026] \tdocker buildx version # buildkit'),
      layer('compose', 23_100_000, 73_400_000, 'RUN /bin/sh -c set -eux; [\u2026] \tdocker compose version # buildkit'),
      layer('modprobe', 540, 12_288, 'COPY modprobe.sh /usr/local/bin/modprobe # buildkit'),
      layer('entrypoint', 720, 12_288, 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit'),
      layer('certs', 150, 8_192, 'RUN /bin/sh -c mkdir /certs /certs/client && chmod 1777 /certs /certs/client # buildkit'), // prettier-ignore
    ],
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['sh'],
    env: [PATH, ...DOCKER_ENV],
    cmdHistory: 'CMD ["sh"]',
    extraTools: ['docker'],
    unmodelled: ['git', 'ssh', 'scp', 'modprobe'],
    history: [
      { createdBy: 'ADD alpine-minirootfs-3.22.2-x86_64.tar.gz / # buildkit', layer: 0 },
      { createdBy: 'CMD ["/bin/sh"]', layer: null },
      { createdBy: '', layer: 1 },
      { createdBy: '', layer: 2 },
      { createdBy: `ENV ${DOCKER_ENV[0]}`, layer: null },
      { createdBy: '', layer: 3 },
      { createdBy: `ENV ${DOCKER_ENV[1]}`, layer: null },
      { createdBy: '', layer: 4 },
      { createdBy: `ENV ${DOCKER_ENV[2]}`, layer: null },
      { createdBy: '', layer: 5 },
      { createdBy: '', layer: 6 },
      { createdBy: '', layer: 7 },
      { createdBy: `ENV ${DOCKER_ENV[3]}`, layer: null },
      { createdBy: '', layer: 8 },
      { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', layer: null },
      { createdBy: 'CMD ["sh"]', layer: null },
    ],
    files: {
      '/usr/local/bin/docker-entrypoint.sh':
        '#!/bin/sh\nset -eu\n\n# first arg is `-f` or `--some-option`\nif [ "${1#-}" != "$1" ]; then\n\tset -- docker "$@"\nfi\n\n# if our command is a valid Docker subcommand, let\'s invoke it through Docker instead\nif docker help "$1" > /dev/null 2>&1; then\n\tset -- docker "$@"\nfi\n[\u2026]\nexec "$@"\n',
    },
  };
}
