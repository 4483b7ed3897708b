import type { CorpusGroup } from './types';

const A = 'alpine:3.22';
/** Pulled first, so a row's output is the command's own. */
const PULL = `docker pull ${A}`;

/** Where data survives: volumes, bind mounts, tmpfs and the writable layer. */
const group: CorpusGroup = {
  group: 'docker: volumes and mounts',
  source:
    'Docker docs: "Volumes" (https://docs.docker.com/engine/storage/volumes/), "Bind mounts" (https://docs.docker.com/engine/storage/bind-mounts/), "tmpfs mounts" (https://docs.docker.com/engine/storage/tmpfs/), "Storage drivers" (writable layer); CLI reference for docker run -v/--mount/--tmpfs and docker volume ls/create/inspect/rm/prune',
  rows: [
    { line: 'docker volume ls', expect: [/^DRIVER\s+VOLUME NAME\n$/] },
    { line: 'docker volume create data', expect: [/^data\n$/] },
    { setup: ['docker volume create data'], line: 'docker volume ls', expect: [/local\s+data/] },
    { setup: ['docker volume create data'], line: 'docker volume ls -q', expect: [/^data\n$/] },
    {
      setup: ['docker volume create data'],
      line: 'docker volume inspect data',
      expect: ['"Mountpoint": "/var/lib/docker/volumes/data/_data"', '"Driver": "local"', '"Name": "data"'],
    },
    {
      setup: ['docker volume create data'],
      line: 'docker inspect -f "{{.Mountpoint}}" data',
      expect: [/^\/var\/lib\/docker\/volumes\/data\/_data\n$/],
    },
    { line: 'docker volume inspect nope', expect: ['Error response from daemon: get nope: no such volume'], exit: 1 },
    { line: 'docker volume rm nope', expect: ['Error response from daemon: get nope: no such volume'], exit: 1 },
    { setup: ['docker volume create data'], line: 'docker volume rm data', expect: [/^data\n$/] },
    { line: 'docker volume create bad/name', expect: ['includes invalid characters for a local volume name'], exit: 1 },
    {
      setup: [`docker run --rm -v data:/data ${A} sh -c "echo hello > /data/f"`],
      line: `docker run --rm -v data:/data ${A} cat /data/f`,
      expect: [/^hello\n$/],
    },
    { setup: [`docker run --rm -v data:/data ${A} true`], line: 'docker volume ls', expect: [/local\s+data/] },
    {
      setup: [`docker run --name a ${A} sh -c "echo hi > /f"`, 'docker rm a'],
      line: `docker run --rm ${A} cat /f`,
      expect: ["cat: can't open '/f': No such file or directory"],
      exit: 1,
    },
    {
      setup: [
        `docker run -d --name a ${A} sleep 1000`,
        'docker exec a sh -c "echo hi > /f"',
        'docker stop a',
        'docker start a',
      ],
      line: 'docker exec a cat /f',
      expect: [/^hi\n$/],
      exit: 0,
    },
    {
      line: `docker run --rm -v data:/data:ro ${A} touch /data/x`,
      expect: ['touch: /data/x: Read-only file system'],
      exit: 1,
    },
    {
      setup: ['mkdir /home/learner/site', "echo '<p>mine</p>' > /home/learner/site/index.html"],
      line: `docker run --rm -v /home/learner/site:/srv ${A} cat /srv/index.html`,
      expect: ['<p>mine</p>'],
    },
    {
      setup: ['mkdir /home/learner/out', `docker run --rm -v /home/learner/out:/out ${A} sh -c "echo x > /out/y"`],
      line: 'cat /home/learner/out/y',
      expect: [/^x\n$/],
    },
    {
      line: `docker run --rm --mount type=bind,source=/nope,target=/x ${A} true`,
      expect: ['invalid mount config for type "bind": bind source path does not exist: /nope'],
      exit: 125,
    },
    {
      setup: [PULL],
      line: `docker run --rm --mount type=volume,source=vol2,target=/d ${A} sh -c "echo a > /d/a; cat /d/a"`,
      expect: [/^a\n$/],
    },
    {
      line: `docker run --rm --mount type=volume,source=v,target=/d,readonly ${A} touch /d/x`,
      expect: ['Read-only file system'],
      exit: 1,
    },
    { line: `docker run --mount type=volume,source=v ${A} true`, expect: ['target is required'], exit: 125 },
    {
      setup: [PULL],
      line: `docker run --rm --tmpfs /cache ${A} sh -c "echo t > /cache/t; cat /cache/t"`,
      expect: [/^t\n$/],
    },
    {
      setup: [`docker run --name a -v data:/data ${A} true`],
      line: 'docker volume rm data',
      expect: ['Error response from daemon: remove data: volume is in use'],
      exit: 1,
    },
    {
      setup: [`docker run --name a -v data:/data ${A} true`],
      line: 'docker inspect -f "{{json .Mounts}}" a',
      expect: [
        '"Type":"volume"',
        '"Name":"data"',
        '"Source":"/var/lib/docker/volumes/data/_data"',
        '"Destination":"/data"',
      ],
    },
    {
      line: `docker run -v ./x:/x ${A} true`,
      expect: [
        'includes invalid characters for a local volume name',
        'If you intended to pass a host directory, use absolute path',
      ],
      exit: 125,
    },
    { line: 'docker volume prune', expect: ['docker volume prune'], notSimulated: true },
    {
      setup: ['docker volume create data'],
      line: 'docker volume prune -f -a',
      expect: ['Deleted Volumes:\ndata\n', 'Total reclaimed space:'],
    },
    {
      setup: ['docker volume create data'],
      line: 'docker volume prune -f',
      expect: ['Total reclaimed space: 0B'],
      not: ['data'],
    },
    {
      setup: [`docker run --rm -v data:/data ${A} sh -c "echo hello > /data/f"`],
      line: 'sudo cat /var/lib/docker/volumes/data/_data/f',
      expect: [/^hello\n$/],
    },
    {
      setup: [PULL],
      line: `docker run --rm --read-only -v data:/data ${A} sh -c "echo ok > /data/f && cat /data/f"`,
      expect: [/^ok\n$/],
    },
    { line: `docker run -v v1:/d -v v2:/d ${A} true`, expect: ['Duplicate mount point: /d'], exit: 125 },
    {
      setup: [`docker run --name a -v /data ${A} true`, 'docker rm -v a'],
      line: 'docker volume ls -q',
      expect: [],
      not: [/[0-9a-f]{64}/],
    },
    { setup: [`docker run --name a -v /data ${A} true`], line: 'docker volume ls -q', expect: [/^[0-9a-f]{64}\n$/] },
    { line: `docker run --rm -v data:/data ${A} ls /`, expect: [/^data$/m] },
    { line: 'docker volume bogus', expect: ['docker: unknown command: docker volume bogus'], exit: 1 },
    { line: 'docker volume ls --bogus', expect: ['unknown flag: --bogus'], exit: 125 },
    { line: `docker run --rm -v data:/data:z ${A} true`, expect: ['docker run -v'], notSimulated: true },
  ],
};
export default group;
