import type { CorpusGroup } from './types';

const df = (text: string) => ['mkdir b', 'cd b', `printf '${text}' > Dockerfile`];

/** `docker build` (BuildKit) over the Dockerfile subset the course models, and its errors. */
const group: CorpusGroup = {
  group: 'docker build',
  source:
    'docs.docker.com reference/dockerfile/ and reference/cli/docker/buildx/build/; docs.docker.com build/cache/ ("Optimize cache usage"); moby/buildkit frontend/dockerfile parser and instructions error texts; util/suggest/error.go (distance below 3, matchCase) and solver/errdefs/source.go Source.Print (context padding)',
  rows: [
    { setup: ['cd app'], line: 'docker build -t site:1 .', expect: [/^\[\+\] Building [\d.]+s \(8\/8\) FINISHED/, ' => [3/3] COPY index.html .', ' => => naming to docker.io/library/site:1'] }, // prettier-ignore
    { setup: ['cd app', 'docker build -t site:1 .'], line: 'docker build -t site:1 .', expect: [' => CACHED [2/3] WORKDIR /usr/share/nginx/html', ' => CACHED [3/3] COPY index.html .'] }, // prettier-ignore
    { setup: ['cd app', 'docker build -t site:1 .', 'echo "<p>v2</p>" >> index.html'], line: 'docker build -t site:1 .', expect: [' => CACHED [2/3] WORKDIR', ' => [3/3] COPY index.html .'], not: ['CACHED [3/3]'] }, // prettier-ignore
    { setup: ['cd app', 'docker build -t site:1 .'], line: 'docker build --no-cache -t site:1 .', expect: [' => [2/3] WORKDIR /usr/share/nginx/html'], not: ['CACHED [2/3]'] }, // prettier-ignore
    { setup: ['cd app'], line: 'docker build -q -t site:1 .', expect: [/^sha256:[0-9a-f]{64}\n$/] },
    { setup: ['cd app', 'docker build -q -t site:1 .'], line: 'docker history site:1', expect: ['COPY index.html . # buildkit', 'WORKDIR /usr/share/nginx/html', 'EXPOSE map[80/tcp:{}]'] }, // prettier-ignore
    { setup: ['cd app', 'docker build -q -t site:1 .', 'docker run -d --name s site:1'], line: 'wget -qO- http://172.17.0.2/', expect: ['<h1>Hello from my first image</h1>'] }, // prettier-ignore
    { setup: ['cd pyapp'], line: 'docker build -t py .', expect: [' => [4/5] RUN pip install --no-cache-dir -r requirements.txt', ' => [5/5] COPY app.py .'] }, // prettier-ignore
    { setup: ['cd pyapp', 'docker build -t py .', 'echo "# v2" >> app.py'], line: 'docker build -t py .', expect: [' => CACHED [4/5] RUN pip install', ' => [5/5] COPY app.py .'] }, // prettier-ignore
    { setup: ['cd pyapp', 'docker build -t py .', 'echo "requests" >> requirements.txt'], line: 'docker build -t py .', expect: [' => [4/5] RUN pip install'], not: ['CACHED [4/5]'] }, // prettier-ignore
    { setup: ['cd pyapp', 'docker build -q -t py .'], line: 'docker run --rm py', expect: ['python: not simulated'], notSimulated: true }, // prettier-ignore
    { setup: [...df('FROM alpine:3.22 AS build\\nCOPY Dockerfile /src/\\nRUN echo hi\\nFROM nginx:1.31\\nCOPY --from=build /src/Dockerfile /x\\n')], line: 'docker build -t ms .', expect: [' => [build 3/3] RUN echo hi', ' => [stage-1 2/2] COPY --from=build /src/Dockerfile /x'] }, // prettier-ignore
    { setup: [...df('FROM alpine:3.22 AS build\\nFROM nginx:1.31\\n')], line: 'docker build --target nope .', expect: ['ERROR: failed to build: failed to solve: target stage "nope" could not be found'], exit: 1 }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nCOPPY . .\\n'), line: 'docker build .', expect: ['Dockerfile:2', '   2 | >>> COPPY . .', 'dockerfile parse error on line 2: unknown instruction: COPPY (did you mean COPY?)'], exit: 1 }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nRUNN echo\\n'), line: 'docker build .', expect: ['unknown instruction: RUNN (did you mean RUN?)'], exit: 1 }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nrunn echo\\n'), line: 'docker build .', expect: ['unknown instruction: runn (did you mean run?)'], exit: 1 }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nXYZZY echo\\n'), line: 'docker build .', expect: ['unknown instruction: XYZZY\n'], not: ['did you mean'], exit: 1 }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nWORKDIR /a\\nCOPY . .\\nRUNN x\\nCMD a\\nUSER b\\nENV c=d\\n'), line: 'docker build .', expect: ['Dockerfile:4\n--------------------\n   2 |     WORKDIR /a\n   3 |     COPY . .\n   4 | >>> RUNN x\n   5 |     CMD a\n   6 |     USER b\n--------------------\n'], exit: 1 }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nCOPY nope.txt /\\n'), line: 'docker build .', expect: [' => ERROR [2/2] COPY nope.txt /', '"/nope.txt": not found'], exit: 1 }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nCOPY onlyone\\n'), line: 'docker build .', expect: ['COPY requires at least two arguments, but only one was provided. Destination could not be determined'], exit: 1 }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nRUN false\\n'), line: 'docker build .', expect: ['process "/bin/sh -c false" did not complete successfully: exit code: 1'], exit: 1 }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nRUN apt-get update\\n'), line: 'docker build .', expect: ['/bin/sh: apt-get: not found', 'exit code: 127'], exit: 1 }, // prettier-ignore
    { setup: df('FROM debian:13\\nRUN apt-get install -y curl\\n'), line: 'docker build .', expect: ['E: Unable to locate package curl', 'exit code: 100'], exit: 1 }, // prettier-ignore
    { setup: df('FROM debian:13\\nRUN apt-get update && apt-get install curl\\n'), line: 'docker build .', expect: ['Do you want to continue? [Y/n] Abort.'], exit: 1 }, // prettier-ignore
    { setup: df('FROM debian:13\\nUSER nobody\\nRUN apt-get update\\n'), line: 'docker build .', expect: ['(13: Permission denied)', 'exit code: 100'], exit: 1 }, // prettier-ignore
    { setup: df('FROM nosuch\\n'), line: 'docker build .', expect: ['failed to resolve source metadata for docker.io/library/nosuch:latest'], exit: 1 }, // prettier-ignore
    { setup: df('FROM alpine:9.9\\n'), line: 'docker build .', expect: ['docker.io/library/alpine:9.9: not found'], exit: 1 }, // prettier-ignore
    { setup: df('RUN echo\\n'), line: 'docker build .', expect: ['dockerfile parse error on line 1: no build stage in current context'], exit: 1 }, // prettier-ignore
    { setup: df('FROM\\n'), line: 'docker build .', expect: ['FROM requires either one or three arguments'], exit: 1 }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nVOLUME /data\\n'), line: 'docker build .', expect: ['VOLUME'], notSimulated: true }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nHEALTHCHECK CMD true\\n'), line: 'docker build .', expect: ['HEALTHCHECK'], notSimulated: true }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nADD https://example.com/x /x\\n'), line: 'docker build .', expect: ['ADD of a URL'], notSimulated: true }, // prettier-ignore
    { setup: df('FROM alpine:3.22\\nCOPY --chown=1000 Dockerfile /\\n'), line: 'docker build .', expect: ['COPY --chown'], notSimulated: true }, // prettier-ignore
    { setup: df('FROM postgres:17\\n'), line: 'docker build .', expect: ["it is on Docker Hub, but not in the course's offline registry"], notSimulated: true }, // prettier-ignore
    { setup: df('FROM alpine:3.22 AS b\\nFROM nginx:1.31\\nCOPY --from=b /etc/os-release /x\\n'), line: 'docker build .', expect: ['COPY --from=b /etc/os-release'], notSimulated: true }, // prettier-ignore
    { setup: [...df('FROM alpine:3.22\\nADD Dockerfile /d\\nCMD ["cat", "/d"]\\n'), 'docker build -q -t ad .'], line: 'docker run --rm ad', expect: ['ADD Dockerfile /d'] }, // prettier-ignore
    { setup: [...df('FROM alpine:3.22\\nCOPY . /ctx/\\nCMD ["ls", "/ctx"]\\n'), 'echo secret > .env', 'echo .env > .dockerignore', 'docker build -q -t di .'], line: 'docker run --rm di', expect: ['Dockerfile'], not: ['.env'] }, // prettier-ignore
    { setup: [...df('FROM alpine:3.22\\nARG GREETING=hi\\nENV G=$GREETING\\nCMD ["sh", "-c", "echo $G"]\\n'), 'docker build -q --build-arg GREETING=salut -t ba .'], line: 'docker run --rm ba', expect: [/^salut\n$/] }, // prettier-ignore
    { setup: [...df('FROM alpine:3.22\\nLABEL course="isolation lab"\\n'), 'docker build -q -t l .'], line: "docker inspect -f '{{.Config.Labels}}' l", expect: ['map[course:isolation lab]'] }, // prettier-ignore
    { setup: [...df('FROM alpine:3.22\\nRUN echo hi\\n'), 'docker build -q -t r .'], line: 'docker history --no-trunc r', expect: ['RUN /bin/sh -c echo hi # buildkit'] }, // prettier-ignore
    { line: 'docker build', expect: ["'docker buildx build' requires 1 argument"], exit: 1 },
    { line: 'docker build nowhere', expect: ['ERROR: unable to prepare context: path "nowhere" not found'], exit: 1 },
    { line: 'docker build -t MyApp app', expect: ['invalid tag "MyApp": repository name must be lowercase'], exit: 1 },
    { line: 'docker build -f nope app', expect: ['failed to read dockerfile: open nope: no such file or directory'], exit: 1 }, // prettier-ignore
    { line: 'docker build --tagg x app', expect: ['unknown flag: --tagg'], exit: 125 },
    { line: 'docker build --progress=plain app', expect: ['docker build --progress'], notSimulated: true },
    { line: 'docker build -', expect: ['docker build -'], notSimulated: true },
    { setup: [...df('FROM alpine:3.22\\nENV A=1 B="two words"\\nWORKDIR /w\\nCMD ["sh", "-c", "echo $B in $(pwd)"]\\n'), 'docker build -q -t e .'], line: 'docker run --rm e', expect: ['two words in /w\n'] }, // prettier-ignore
    { setup: [...df('FROM alpine:3.22\\nENTRYPOINT ["echo", "hi"]\\n'), 'docker build -q -t e .'], line: 'docker run --rm e there', expect: ['hi there\n'] }, // prettier-ignore
    { setup: [...df('FROM alpine:3.22\\nRUN adduser -D app\\nUSER app\\n'), 'docker build -q -t u .'], line: 'docker run --rm u id -u', expect: ['1000\n'] }, // prettier-ignore
    { setup: [...df('ARG V=3.22\\nFROM alpine:$V\\n'), 'docker build -q -t a .'], line: 'docker history a', expect: ['CMD ["/bin/sh"]'] }, // prettier-ignore
  ],
};
export default group;
