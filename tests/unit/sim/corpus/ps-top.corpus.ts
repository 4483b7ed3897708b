import type { CorpusGroup } from './types';

/** procps `ps` selections and formats, and `docker top`. */
const group: CorpusGroup = {
  group: 'ps -o/-p/--forest and docker top',
  source:
    'ps(1) from procps-ng 4 (SIMPLE PROCESS SELECTION, PROCESS SELECTION BY LIST, OUTPUT FORMAT CONTROL, STANDARD FORMAT SPECIFIERS); docs.docker.com reference/cli/docker/container/top',
  rows: [
    { line: 'ps -p 1', expect: ['    PID TTY          TIME CMD\n', '      1 ?        00:00:00 systemd\n'] },
    { line: 'ps -p 1 -o pid,ppid,user,comm,args', expect: ['    PID    PPID USER     COMMAND         COMMAND\n', '      1       0 root     systemd         /sbin/init\n'] }, // prettier-ignore
    { line: 'ps --pid 1 -o comm=', expect: [/^systemd\n$/] },
    { line: 'ps -eo pid,comm', expect: ['    PID COMMAND\n', '      2 kthreadd\n'] },
    { line: 'ps -o pid,uid,tty,stat,time', expect: ['    PID   UID TT       STAT     TIME\n'] },
    { line: 'ps -p 99999', expect: ['    PID TTY          TIME CMD\n'], exit: 1 },
    { line: 'ps -p abc', expect: ['error: process ID list syntax error'], exit: 1 },
    { line: 'ps -o pid,bogus', expect: ['error: unknown user-defined format specifier "bogus"'], exit: 1 },
    { line: 'ps -o pid,pgid', expect: ['ps -o pgid'], notSimulated: true },
    { line: 'ps -ef --forest', expect: [/ \\_ -bash\n/, /\\_ ps -ef --forest\n/] },
    { line: 'ps auxf', expect: ['USER         PID %CPU %MEM', '\\_ -bash'] },
    { line: 'ps axjf', expect: ['ps j'], notSimulated: true },
    { line: 'ps --bogus', expect: ['error: unknown gnu long option'], exit: 1 },
    { setup: ['docker run -d --name web nginx'], line: 'docker top web', expect: [/^UID {17}PID {17}PPID {16}C {19}STIME {15}TTY {17}TIME {16}CMD\n/, 'nginx: master process nginx -g daemon off;', 'nginx: worker process'] }, // prettier-ignore
    { setup: ['docker run -d --name web nginx'], line: 'docker top web -o pid,user,comm', expect: [/^PID {17}USER {16}COMMAND\n/, /\n\d+ +101 +nginx\n/] }, // prettier-ignore
    { setup: ['docker run -d --name web nginx'], line: 'docker container top web', expect: ['nginx: master process'] }, // prettier-ignore
    { setup: ['docker run -d --name web nginx'], line: 'docker top web -o pgid', expect: ['pgid'], notSimulated: true }, // prettier-ignore
    { setup: ['docker run --name done alpine:3.22 true'], line: 'docker top done', expect: [/container [0-9a-f]{64} is not running/], exit: 1 }, // prettier-ignore
    { line: 'docker top nope', expect: ['Error response from daemon: No such container: nope'], exit: 1 },
    { line: 'docker top', expect: ["docker: 'docker top' requires at least 1 argument"], exit: 1 },
    { setup: ['docker run -it alpine:3.22 sh'], line: 'ps -o pid', expect: ['ps -o'], notSimulated: true },
  ],
};
export default group;
