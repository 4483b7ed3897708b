import type { CorpusGroup } from './types';

/** The official images in the offline registry, their config, and what `docker` shows of them. */
const group: CorpusGroup = {
  group: 'docker images: nginx, redis, python, debian',
  source:
    'docker-library/repo-info repos/{nginx,redis,python,debian}/remote/*.md (digests, layers, sizes, config); docs.docker.com reference/cli/docker/image/{ls,history,inspect}; docker-library/nginx entrypoint/docker-entrypoint.sh',
  rows: [
    { line: 'docker pull nginx@sha256:5a88c9c45479443d7be2eadc894b4ed0a9801bae03d97a5760ae13b5c2005942', expect: ['docker.io/library/nginx@sha256:5a88c9c45479443d7be2eadc894b4ed0a9801bae03d97a5760ae13b5c2005942: Pulling from library/nginx', 'Status: Downloaded newer image for nginx@sha256:5a88c9c45479'] }, // prettier-ignore
    { line: 'docker pull nginx@sha256:abc', expect: ['invalid reference format'], exit: 1 },
    { line: 'docker pull nosuch@sha256:0000000000000000000000000000000000000000000000000000000000000000', expect: ['pull access denied for nosuch'], exit: 1 }, // prettier-ignore
    { line: 'docker pull nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000', expect: ["not in the course's offline registry"], notSimulated: true }, // prettier-ignore
    { line: 'docker run --rm redis@sha256:8a1efc5f479551822b47424ccae982026b633f28818eab0387348120a61e10e2 pwd', expect: ['/data\n'] }, // prettier-ignore
    { line: 'docker pull nginx', expect: ['Using default tag: latest', 'Digest: sha256:5a88c9c45479443d7be2eadc894b4ed0a9801bae03d97a5760ae13b5c2005942', 'docker.io/library/nginx:latest'] }, // prettier-ignore
    { line: 'docker pull redis:8.10.1', expect: ['Digest: sha256:8a1efc5f479551822b47424ccae982026b633f28818eab0387348120a61e10e2', '4f4fb700ef54: Pull complete'] }, // prettier-ignore
    { line: 'docker pull python:3.13-slim', expect: ['26c307b5e35a: Pull complete', 'Digest: sha256:9662417aace5ae7b8e2609cce472b72a8958e134ba372808abe9cc1a0c0125e6'] }, // prettier-ignore
    { line: 'docker pull debian:13', expect: ['1da3cb2f93f2: Pull complete'] },
    { line: 'docker pull debian:trixie', expect: ['Status: Downloaded newer image for debian:trixie'] },
    { setup: ['docker pull nginx'], line: 'docker images', expect: [/nginx:latest +5a88c9c45479 +\S+ +63\.1MB/] },
    { setup: ['docker pull nginx'], line: 'docker images -q', expect: ['5a88c9c45479\n'] },
    { setup: ['docker pull nginx'], line: "docker inspect -f '{{.Id}}' nginx", expect: ['sha256:5a88c9c45479443d7be2eadc894b4ed0a9801bae03d97a5760ae13b5c2005942\n'] }, // prettier-ignore
    { setup: ['docker pull nginx'], line: "docker image inspect -f '{{.Config.ExposedPorts}}' nginx", expect: ['map[80/tcp:{}]\n'] }, // prettier-ignore
    { setup: ['docker pull nginx'], line: "docker image inspect -f '{{.Config.Entrypoint}}' nginx", expect: ['[/docker-entrypoint.sh]\n'] }, // prettier-ignore
    { setup: ['docker pull nginx'], line: 'docker history nginx', expect: ['CMD ["nginx" "-g" "daemon off;"]', 'STOPSIGNAL SIGQUIT', 'ENV NGINX_VERSION=1.31.3'] }, // prettier-ignore
    { setup: ['docker pull redis'], line: "docker inspect -f '{{.Config.WorkingDir}}' redis", expect: ['/data\n'] },
    { setup: ['docker run -d --name web nginx'], line: 'docker logs web', expect: ['/docker-entrypoint.sh: Configuration complete; ready for start up', '[notice] 1#1: start worker processes'] }, // prettier-ignore
    { setup: ['docker run -d --name web nginx'], line: 'wget -qO- http://172.17.0.2/', expect: ['<h1>Welcome to nginx!</h1>'] }, // prettier-ignore
    { setup: ['docker run -d --name web nginx'], line: 'docker exec web nginx -v', expect: ['nginx version: nginx/1.31.3\n'] }, // prettier-ignore
    { setup: ['docker run -d --name web nginx'], line: 'docker exec web cat /usr/share/nginx/html/index.html', expect: ['Welcome to nginx!'] }, // prettier-ignore
    { line: 'docker run --rm nginx nginx -s reload', expect: ['nginx -s'], notSimulated: true },
    { line: 'docker run --rm redis', expect: ['redis-server'], notSimulated: true },
    { setup: ['docker run -it python:3.13-slim bash'], line: 'python3 -V', expect: ['python3: not simulated in this course (it is in the python image'], notSimulated: true }, // prettier-ignore
    { setup: ['docker run -it python:3.13-slim bash'], line: 'nosuchprog', expect: ['bash: nosuchprog: command not found'], exit: 127 }, // prettier-ignore
    { line: 'docker run --rm python:3.13-slim python3 -V', expect: ['python3'], notSimulated: true },
    { line: 'docker run --rm --entrypoint "" nginx echo hi', expect: ['hi\n'] },
    { line: 'docker run --rm --entrypoint cat nginx /etc/nginx/conf.d/default.conf', expect: ['listen       80;'] },
  ],
};
export default group;
