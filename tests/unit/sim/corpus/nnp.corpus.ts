import type { CorpusGroup } from './types';

/** Builds `su` FROM `from` with `RUN cp /bin/sh /bin/rootsh && <chmod>` and then `extra` (USER 1000 by default). */
const img = (
  chmod = 'chmod u+s /bin/rootsh',
  extra = 'USER 1000\\n',
  from = 'debian:13',
  cp = 'cp /bin/sh /bin/rootsh',
) => [
  `docker pull ${from}`,
  'mkdir b',
  'cd b',
  `printf 'FROM ${from}\\nRUN ${cp} && ${chmod}\\n${extra}' > Dockerfile`,
  'docker build -q -t su .',
];
const su = img();
const user = 'uid=1000 gid=1000 groups=1000';
const euid = 'uid=1000 gid=1000 euid=0(root) groups=1000';
const rootId = 'uid=0(root) gid=0(root) groups=0(root)';
const nnp = '--security-opt no-new-privileges';

/** The set-user-ID bit from a Dockerfile, and `--security-opt no-new-privileges` switching it off. */
const group: CorpusGroup = {
  group: 'no-new-privileges',
  source:
    'kernel Documentation/userspace-api/no_new_privs.rst; execve(2) "set-user-ID"; chmod(1) (u+s, octal 4xxx); coreutils id (euid= when it differs); bash(1) and dash(1) option -p; docs.docker.com/reference/cli/docker/container/run/#security-opt; BusyBox applet dispatch on argv[0]',
  rows: [
    // The set-user-ID bit works for a user (without the flag).
    { setup: su, line: 'docker run --rm su rootsh -p -c id', expect: [`${euid}\n`] },
    { setup: su, line: 'docker run --rm su /bin/rootsh -p -c id', expect: [`${euid}\n`] },
    { setup: su, line: "docker run --rm su rootsh -p -c 'id -u'", expect: ['0\n'] },
    { setup: su, line: "docker run --rm su rootsh -p -c 'id -u -r'", expect: ['1000\n'] },
    { setup: su, line: "docker run --rm su rootsh -p -c 'id -un'", expect: ['root\n'] },
    { setup: su, line: "docker run --rm su rootsh -p -c 'id -g'", expect: ['1000\n'] },
    { setup: su, line: 'docker run --rm su rootsh -p -c whoami', expect: ['root\n'] },
    { setup: su, line: "docker run --rm su rootsh -p -c 'rootsh -p -c id'", expect: [`${euid}\n`] },
    { setup: su, line: "docker run --rm su rootsh -p -c 'sh -p -c id'", expect: [`${euid}\n`] },
    { setup: su, line: "docker run --rm su rootsh -p -c 'cat /proc/self/status'", expect: ['NoNewPrivs:\t0\n'] },
    { setup: su, line: `docker run --rm ${nnp}=false su rootsh -p -c id`, expect: [`${euid}\n`] },
    { setup: su, line: 'docker run --rm --cap-drop ALL su rootsh -p -c id', expect: [`${euid}\n`] },
    { setup: img('chmod 4755 /bin/rootsh'), line: 'docker run --rm su rootsh -p -c id', expect: [`${euid}\n`] },
    { setup: img('chmod 04755 /bin/rootsh'), line: 'docker run --rm su rootsh -p -c id', expect: [`${euid}\n`] },
    { setup: img('chmod u+s /bin/rootsh', ''), line: 'docker run --rm --user 1000 su rootsh -p -c id', expect: [`${euid}\n`] }, // prettier-ignore
    { setup: img('chmod u+s /bin/rootsh', ''), line: 'docker run --rm --user 1000:1000 su rootsh -p -c id', expect: [`${euid}\n`] }, // prettier-ignore
    { setup: [...img('chmod u+s /bin/rootsh', ''), 'docker run -d --name c --user 1000 su sleep 1000'], line: 'docker exec c rootsh -p -c id', expect: [`${euid}\n`] }, // prettier-ignore
    { setup: img('chmod 4755 /bin/rootbash', 'USER 1000\\n', 'debian:13', 'cp /bin/bash /bin/rootbash'), line: 'docker run --rm su rootbash -p -c id', expect: [`${euid}\n`] }, // prettier-ignore
    { setup: img('chmod u+s /bin/rootsh', 'USER 1000\\n', 'ubuntu:24.04'), line: 'docker run --rm su rootsh -p -c id', expect: [`${euid}\n`] }, // prettier-ignore
    { setup: su, line: "docker run --rm su rootsh -p -c 'cat /proc/self/status'", expect: ['Uid:\t1000\t0\t0\t0\n', 'Gid:\t1000\t1000\t1000\t1000\n'] }, // prettier-ignore
    { setup: su, line: 'docker run --rm su cat /proc/self/status', expect: ['Uid:\t1000\t1000\t1000\t1000\n'] },
    { setup: su, line: `docker run --rm ${nnp} su rootsh -p -c 'cat /proc/self/status'`, expect: ['Uid:\t1000\t1000\t1000\t1000\n'] }, // prettier-ignore
    // Without -p bash and dash set the effective uid back to the real one.
    { setup: su, line: 'docker run --rm su rootsh -c id', expect: [`${user}\n`], not: ['euid'] },
    { setup: su, line: "docker run --rm su rootsh -c 'id -u'", expect: ['1000\n'] },
    { setup: su, line: "docker run --rm su rootsh -p -c 'sh -c id'", expect: [`${user}\n`], not: ['euid'] },
    { setup: img('chmod 4755 /bin/rootbash', 'USER 1000\\n', 'debian:13', 'cp /bin/bash /bin/rootbash'), line: 'docker run --rm su rootbash -c id', expect: [`${user}\n`], not: ['euid'] }, // prettier-ignore
    // With --security-opt no-new-privileges the bit is ignored.
    { setup: su, line: `docker run --rm ${nnp} su rootsh -p -c id`, expect: [`${user}\n`], not: ['euid'] },
    { setup: su, line: `docker run --rm ${nnp}=true su rootsh -p -c id`, expect: [`${user}\n`], not: ['euid'] },
    { setup: su, line: `docker run --rm ${nnp}:true su rootsh -p -c id`, expect: [`${user}\n`], not: ['euid'] },
    { setup: su, line: `docker run --rm ${nnp} su rootsh -p -c 'id -u'`, expect: ['1000\n'] },
    { setup: su, line: `docker run --rm ${nnp} su rootsh -p -c whoami`, expect: [], not: ['root'] },
    { setup: su, line: `docker run --rm ${nnp} su rootsh -p -c 'cat /proc/self/status'`, expect: ['NoNewPrivs:\t1\n'] },
    { setup: su, line: `docker run --rm ${nnp} su cat /proc/1/status`, expect: ['NoNewPrivs:\t1\n'] },
    { setup: [...img('chmod u+s /bin/rootsh', ''), `docker run -d --name n --user 1000 ${nnp} su sleep 1000`], line: 'docker exec n rootsh -p -c id', expect: [`${user}\n`], not: ['euid'] }, // prettier-ignore
    { setup: img('chmod 4755 /bin/rootbash', 'USER 1000\\n', 'debian:13', 'cp /bin/bash /bin/rootbash'), line: `docker run --rm ${nnp} su rootbash -p -c id`, expect: [`${user}\n`], not: ['euid'] }, // prettier-ignore
    // Root has nothing to gain, with or without the flag.
    { setup: su, line: 'docker run --rm --user 0 su rootsh -p -c id', expect: [`${rootId}\n`] },
    { setup: su, line: `docker run --rm --user 0 ${nnp} su rootsh -p -c id`, expect: [`${rootId}\n`] },
    { setup: su, line: 'docker run --rm --user root su rootsh -c id', expect: [`${rootId}\n`] },
    // The bit cleared, or never set.
    { setup: img('chmod u+s /bin/rootsh && chmod u-s /bin/rootsh'), line: 'docker run --rm su rootsh -p -c id', expect: [`${user}\n`], not: ['euid'] }, // prettier-ignore
    { setup: img('chmod 4755 /bin/rootsh && chmod 755 /bin/rootsh'), line: 'docker run --rm su rootsh -p -c id', expect: [`${user}\n`], not: ['euid'] }, // prettier-ignore
    { setup: img('true'), line: 'docker run --rm su rootsh -p -c id', expect: [`${user}\n`], not: ['euid'] },
    { setup: su, line: 'docker run --rm su sh -p -c id', expect: [`${user}\n`], not: ['euid'] },
    { setup: su, line: 'docker run --rm su id', expect: [`${user}\n`] },
    // Errors.
    { setup: ['docker pull alpine:3.22'], line: 'docker run --rm alpine:3.22 sh -p -c id', expect: ['sh: illegal option -p'], exit: 2 }, // prettier-ignore
    { setup: su, line: 'docker run --rm su rootsh2 -p -c id', expect: ['exec: "rootsh2": executable file not found in $PATH'], exit: 127 }, // prettier-ignore
    { setup: su, line: `docker run --rm ${nnp}=maybe su rootsh -p -c id`, expect: ['invalid --security-opt 1: "no-new-privileges=maybe"'], exit: 125 }, // prettier-ignore
    { setup: img('chmod u+s /bin/rootsh', 'USER 1000\\n', 'alpine:3.22'), line: 'docker run --rm su rootsh -p -c id', expect: ['rootsh: applet not found'], exit: 127 }, // prettier-ignore
    { setup: img('chmod u+s /bin/rootsh', 'USER 1000\\n', 'alpine:3.22'), line: `docker run --rm ${nnp} su rootsh -p -c id`, expect: ['rootsh: applet not found'], exit: 127 }, // prettier-ignore
    { setup: ['docker pull debian:13', 'mkdir b', 'cd b', `printf 'FROM debian:13\\nRUN chmod g+s /bin/sh\\n' > Dockerfile`], line: 'docker build .', expect: ['RUN chmod g+s'], notSimulated: true }, // prettier-ignore
    { setup: ['docker pull debian:13', 'mkdir b', 'cd b', `printf 'FROM debian:13\\nRUN chmod 6755 /bin/sh\\n' > Dockerfile`], line: 'docker build .', expect: ['RUN chmod 6755'], notSimulated: true }, // prettier-ignore
    { setup: ['docker pull debian:13', 'mkdir b', 'cd b', `printf 'FROM debian:13\\nRUN chmod +s /bin/sh\\n' > Dockerfile`], line: 'docker build .', expect: ['RUN chmod +s'], notSimulated: true }, // prettier-ignore
  ],
};

export default group;
