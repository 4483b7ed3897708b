import type { CorpusGroup } from './types';

const PULL = 'docker pull alpine:3.22';
const RUN_W = 'docker run -d --name w alpine:3.22 sleep 1000';

/** The container lifecycle: run, ps, exec, logs, stop, kill, start, rm, inspect, stats. */
const group: CorpusGroup = {
  group: 'containers: run, ps, exec, logs, stop, rm, inspect, stats',
  source:
    'Docker CLI reference 29 (docs.docker.com/reference/cli/docker/container/run/ … /rm/, /inspect/, /stats/; ' +
    '"Exit status" of docker run: 125 daemon error, 126 cannot invoke, 127 not found, else the command\'s status); ' +
    'docker/cli cli/required.go argument messages',
  rows: [
    { setup: [PULL], line: 'docker run --rm alpine:3.22 echo hi', expect: [/^hi\n$/] },
    {
      line: 'docker run --rm alpine:3.22 echo hi',
      expect: ["Unable to find image 'alpine:3.22' locally", 'Pull complete', /hi\n$/],
    },
    { setup: [PULL], line: RUN_W, expect: [/^[0-9a-f]{64}\n$/] },
    {
      setup: [PULL, RUN_W],
      line: 'docker ps',
      expect: [
        /^CONTAINER ID +IMAGE +COMMAND +CREATED +STATUS +PORTS +NAMES\n/,
        /^[0-9a-f]{12} +alpine:3\.22 +"sleep 1000" .* Up .* w\n/m,
      ],
    },
    { setup: [PULL, RUN_W], line: 'docker ps -q', expect: [/^[0-9a-f]{12}\n$/] },
    { setup: [PULL, RUN_W], line: 'docker container ls', expect: [/ w\n$/] },
    { setup: [PULL, 'docker run --name done alpine:3.22 true'], line: 'docker ps', expect: [], not: ['done'] },
    {
      setup: [PULL, 'docker run --name done alpine:3.22 true'],
      line: 'docker ps -a',
      expect: [/Exited \(0\) .* done\n/],
    },
    { setup: [PULL, 'docker run --name bad alpine:3.22 sh -c "exit 3"'], line: 'docker ps -a', expect: ['Exited (3)'] },
    { setup: [PULL], line: 'docker run --rm alpine:3.22 sh -c "exit 3"', expect: [], exit: 3 },
    { setup: [PULL], line: 'docker run --rm alpine:3.22 false; echo $?', expect: [/^1\n$/] },
    {
      setup: [PULL, RUN_W],
      line: RUN_W,
      expect: [/Conflict\. The container name "\/w" is already in use by container "[0-9a-f]{64}"/],
      exit: 125,
    },
    {
      setup: [PULL],
      line: 'docker run --rm alpine:3.22 nosuchcmd',
      expect: ['exec: "nosuchcmd": executable file not found in $PATH'],
      exit: 127,
    },
    {
      setup: [PULL],
      line: 'docker run --rm alpine:3.22 bash',
      expect: ['exec: "bash": executable file not found'],
      exit: 127,
    },
    {
      line: 'docker run',
      expect: [
        "docker: 'docker run' requires at least 1 argument",
        'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
      ],
      exit: 1,
    },
    {
      line: 'docker run --bogus alpine:3.22',
      expect: ['unknown flag: --bogus', "See 'docker run --help'."],
      exit: 125,
    },
    {
      line: 'docker run nosuchimage',
      expect: [
        "Unable to find image 'nosuchimage:latest' locally",
        'pull access denied for nosuchimage, repository does not exist',
      ],
      exit: 125,
    },
    {
      line: 'docker run Alpine',
      expect: ['docker: invalid reference format: repository name (library/Alpine) must be lowercase'],
      exit: 125,
    },
    {
      setup: [PULL],
      line: 'docker run --name "bad name" alpine:3.22 true',
      expect: ['Invalid container name (bad name)'],
      exit: 125,
    },
    { setup: [PULL, RUN_W], line: 'docker exec w hostname', expect: [/^[0-9a-f]{12}\n$/] },
    { setup: [PULL, RUN_W], line: 'docker exec w echo hi', expect: [/^hi\n$/] },
    { setup: [PULL, RUN_W], line: 'docker exec w sh -c "exit 5"', expect: [], exit: 5 },
    {
      setup: [PULL, RUN_W],
      line: 'docker exec w nosuchcmd',
      expect: ['exec: "nosuchcmd": executable file not found in $PATH'],
      exit: 127,
    },
    { line: 'docker exec nosuch ls', expect: ['Error response from daemon: No such container: nosuch'], exit: 1 },
    { line: 'docker exec', expect: ["docker: 'docker exec' requires at least 2 arguments"], exit: 1 },
    {
      setup: [PULL, RUN_W],
      line: 'docker exec w',
      expect: ["docker: 'docker exec' requires at least 2 arguments"],
      exit: 1,
    },
    {
      setup: [PULL, RUN_W, 'docker kill w'],
      line: 'docker exec w ls',
      expect: [/^Error response from daemon: container [0-9a-f]{64} is not running\n$/],
      exit: 1,
    },
    { setup: [PULL, 'docker run --name e alpine:3.22 echo hello'], line: 'docker logs e', expect: [/^hello\n$/] },
    { setup: [PULL, RUN_W], line: 'docker logs w', expect: [/^$/] },
    { line: 'docker logs nosuch', expect: ['Error response from daemon: No such container: nosuch'], exit: 1 },
    { line: 'docker logs', expect: ["docker: 'docker logs' requires 1 argument"], exit: 1 },
    { setup: [PULL, RUN_W], line: 'docker kill w', expect: [/^w\n$/] },
    {
      setup: [PULL, RUN_W, 'docker kill w'],
      line: 'docker kill w',
      expect: [/cannot kill container: w: container [0-9a-f]{64} is not running/],
      exit: 1,
    },
    { setup: [PULL, RUN_W, 'docker kill w'], line: 'docker ps -a', expect: ['Exited (137)'] },
    { setup: [PULL, RUN_W, 'docker kill w'], line: 'docker start w', expect: [/^w\n$/] },
    { setup: [PULL, RUN_W], line: 'docker stop w', expect: [/^w\n$/] },
    { line: 'docker stop nosuch', expect: ['Error response from daemon: No such container: nosuch'], exit: 1 },
    { line: 'docker stop', expect: ["docker: 'docker stop' requires at least 1 argument"], exit: 1 },
    {
      setup: [PULL, RUN_W],
      line: 'docker rm w',
      expect: ['cannot remove container', 'container is running: stop the container before removing or force remove'],
      exit: 1,
    },
    { setup: [PULL, RUN_W], line: 'docker rm -f w', expect: [/^w\n$/] },
    { setup: [PULL, RUN_W, 'docker rm -f w'], line: 'docker ps -a', expect: [], not: [' w\n'] },
    { line: 'docker rm nosuch', expect: ['Error response from daemon: No such container: nosuch'], exit: 1 },
    { line: 'docker rm', expect: ["docker: 'docker rm' requires at least 1 argument"], exit: 1 },
    {
      setup: [PULL, RUN_W],
      line: 'docker inspect w',
      expect: [/^\[\n/, /"Id": "[0-9a-f]{64}"/, '"Status": "running"', '"Name": "/w"'],
    },
    { setup: [PULL, RUN_W], line: "docker inspect -f '{{.State.Status}}' w", expect: [/^running\n$/] },
    { setup: [PULL, RUN_W], line: "docker inspect --format '{{.State.Running}}' w", expect: [/^true\n$/] },
    { setup: [PULL, RUN_W], line: "docker inspect -f '{{.Name}}' w", expect: [/^\/w\n$/] },
    { line: 'docker inspect nosuch', expect: [/No such object: nosuch/i], exit: 1 },
    {
      setup: [PULL, RUN_W],
      line: 'docker stats --no-stream',
      expect: [/^CONTAINER ID +NAME +CPU % +MEM USAGE \/ LIMIT +MEM % +NET I\/O +BLOCK I\/O +PIDS\n/, / w /],
    },
    { line: 'docker stats --no-stream', expect: [/^CONTAINER ID +NAME/], not: [/^[0-9a-f]{12}/m] },
    {
      line: 'docker bogus',
      expect: ['docker: unknown command: docker bogus', "Run 'docker --help' for more information"],
      exit: 1,
    },
    { line: 'docker --version', expect: [/^Docker version \d+\.\d+\.\d+, build [0-9a-f]+\n$/] },
    { line: 'docker version', expect: [/^Client:/m, /^Server:/m, /API version: +1\.\d+/] },
    { line: 'docker ps --bogus', expect: ['unknown flag: --bogus', "See 'docker ps --help'."], exit: 125 },
    { line: 'docker ps -a', expect: [/^CONTAINER ID +IMAGE +COMMAND +CREATED +STATUS +PORTS +NAMES\n$/] },
    { setup: [PULL, RUN_W], line: 'docker pause w', expect: [], notSimulated: true },
    { setup: [PULL, RUN_W], line: 'docker rename w v', expect: [], notSimulated: true },
  ],
};
export default group;
