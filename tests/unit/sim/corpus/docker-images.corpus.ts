import type { CorpusGroup } from './types';

const PULL = 'docker pull alpine:3.22';

/** Pulling, listing, inspecting and removing images from the offline registry. */
const group: CorpusGroup = {
  group: 'containers: docker pull, images, history, rmi',
  source:
    'Docker CLI reference 29 (docs.docker.com/reference/cli/docker/image/pull/, …/image/ls/, …/image/history/, ' +
    '…/image/rm/); cobra argument errors ("requires at least 1 argument", exit 1; unknown flag, exit 125)',
  rows: [
    {
      line: PULL,
      expect: [
        /^3\.22: Pulling from library\/alpine\n/,
        /^[0-9a-f]{12}: Pull complete$/m,
        /^Digest: sha256:[0-9a-f]{64}$/m,
        'Status: Downloaded newer image for alpine:3.22',
        /docker\.io\/library\/alpine:3\.22\n$/,
      ],
    },
    { setup: [PULL], line: PULL, expect: ['Status: Image is up to date for alpine:3.22'], not: ['Pull complete'] },
    { line: 'docker pull ubuntu', expect: ['Using default tag: latest', 'latest: Pulling from library/ubuntu'] },
    { line: 'docker pull debian:13-slim', expect: ['Pulling from library/debian'] },
    { line: 'docker pull busybox', expect: ['Pulling from library/busybox'] },
    {
      line: 'docker pull nosuch/image',
      expect: ['Error response from daemon: pull access denied for nosuch/image, repository does not exist'],
      exit: 1,
    },
    {
      line: 'docker pull alpine:nosuchtag',
      expect: ['Error response from daemon: manifest for alpine:nosuchtag not found: manifest unknown'],
      exit: 1,
    },
    {
      line: 'docker pull Alpine',
      expect: ['invalid reference format: repository name (library/Alpine) must be lowercase'],
      exit: 1,
    },
    {
      line: 'docker pull',
      expect: ["docker: 'docker pull' requires 1 argument", 'Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]'],
      exit: 1,
    },
    { line: 'docker pull --bogus alpine', expect: ['unknown flag: --bogus', "See 'docker pull --help'."], exit: 125 },
    { line: 'docker pull alpine:3.22 extra', expect: ["docker: 'docker pull' requires 1 argument"], exit: 1 },
    { line: 'docker images', expect: [/IMAGE/], not: ['alpine'] },
    { setup: [PULL], line: 'docker images', expect: [/^alpine:3\.22 +[0-9a-f]{12} /m] },
    { setup: [PULL], line: 'docker image ls', expect: [/^alpine:3\.22 /m] },
    { setup: [PULL], line: 'docker images -q', expect: [/^[0-9a-f]{12}\n$/] },
    { setup: [PULL], line: 'docker images --bogus', expect: ['unknown flag: --bogus'], exit: 125 },
    {
      setup: [PULL],
      line: 'docker history alpine:3.22',
      expect: [/^IMAGE +CREATED +CREATED BY +SIZE +COMMENT\n/, 'CMD ["/bin/sh"]', /<missing> /],
    },
    {
      line: 'docker history alpine:3.22',
      expect: ['Error response from daemon: No such image: alpine:3.22'],
      exit: 1,
    },
    {
      setup: [PULL],
      line: 'docker image inspect alpine:3.22',
      expect: [/^\[\n/, /"Id": "sha256:[0-9a-f]{64}"/, /"RepoTags": \[\n\s+"alpine:3\.22"/],
    },
    {
      setup: [PULL],
      line: 'docker rmi alpine:3.22',
      expect: [/^Untagged: alpine:3\.22\n/, /^Deleted: sha256:[0-9a-f]{64}$/m],
    },
    { setup: [PULL, 'docker rmi alpine:3.22'], line: 'docker images', expect: [], not: ['alpine'] },
    { line: 'docker rmi nosuch', expect: ['Error response from daemon: No such image: nosuch:latest'], exit: 1 },
    {
      setup: [PULL, 'docker run --name c alpine:3.22 true'],
      line: 'docker rmi alpine:3.22',
      expect: [
        /conflict: unable to remove repository reference "alpine:3\.22" \(must force\) - container [0-9a-f]{12} is using its referenced image/,
      ],
      exit: 1,
    },
    {
      setup: [PULL, 'docker run --name c alpine:3.22 true'],
      line: 'docker rmi -f alpine:3.22',
      expect: ['Untagged: alpine:3.22'],
    },
    { line: 'docker rmi', expect: ["docker: 'docker rmi' requires at least 1 argument"], exit: 1 },
    { line: 'docker push alpine:3.22', expect: [], notSimulated: true },
    { line: 'docker search alpine', expect: [], notSimulated: true },
  ],
};
export default group;
