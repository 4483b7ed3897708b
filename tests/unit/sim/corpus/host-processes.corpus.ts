import type { CorpusGroup } from './types';

/** The host's process table as ps and the shell's job control show it. */
const group: CorpusGroup = {
  group: 'host: processes and ps',
  source:
    'ps(1) from procps-ng 4.0 ("STANDARD FORMAT SPECIFIERS", -e, -f, BSD "aux"); bash(1) 5.2 "JOB CONTROL" ' +
    'and the kill, jobs and wait builtins; signal(7)',
  rows: [
    { line: 'ps', expect: [/^ +PID TTY +TIME CMD\n/, / bash\n/, / ps\n/] },
    { line: 'ps -e', expect: [/^ +PID TTY +TIME CMD\n/, /^ +1 \? +00:00:00 systemd$/m, / dockerd$/m] },
    { line: 'ps -ef', expect: [/^UID +PID +PPID +C STIME TTY +TIME CMD\n/, /^root +1 +0 /m, /ps -ef\n/] },
    {
      line: 'ps aux',
      expect: [/^USER +PID %CPU %MEM +VSZ +RSS TTY +STAT START +TIME COMMAND\n/, /containerd/, /libvirtd/],
    },
    { line: 'ps aux | grep dockerd', expect: [/^root +\d+ .*dockerd/m] },
    { line: 'ps -e | grep -c kthreadd', expect: [/^1\n$/] },
    { line: 'ps | grep -c bash', expect: [/^1\n$/] },
    { line: '[ "$(ps | grep bash | grep -o "[0-9]*" | head -1)" = "$$" ] && echo self', expect: ['self\n'] },
    { line: 'ps --bogus', expect: ['error: unknown gnu long option', 'Usage:'], exit: 1 },
    { line: 'echo $$', expect: [/^\d+\n$/] },
    { line: 'kill -l', expect: [' 1) SIGHUP', ' 9) SIGKILL', '15) SIGTERM'] },
    { line: 'kill', expect: ['kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec'], exit: 2 },
    { line: 'kill 99999', expect: ['bash: kill: (99999) - No such process'], exit: 1 },
    { line: 'kill -9 1', expect: ['bash: kill: (1) - Operation not permitted'], exit: 1 },
    { line: 'kill -s BOGUS 1', expect: ['bash: kill: BOGUS: invalid signal specification'], exit: 1 },
    { line: 'kill %1', expect: ['bash: kill: %1: no such job'], exit: 1 },
    { line: 'sleep 100 &', expect: [/^\[1\] \d+\n$/] },
    { setup: ['sleep 100 &'], line: 'jobs', expect: [/^\[1\]\+ +Running +sleep 100 &\n$/] },
    { setup: ['sleep 100 &'], line: 'jobs -p', expect: [/^\d+\n$/] },
    { setup: ['sleep 100 &'], line: 'kill %1', expect: [] },
    { setup: ['sleep 100 &'], line: 'ps | grep -c sleep', expect: [/^1\n$/] },
    { line: 'jobs', expect: [/^$/] },
    { line: 'wait; echo $?', expect: [/^0\n$/] },
    { line: 'top', expect: [], notSimulated: true },
    { line: 'pgrep dockerd', expect: [], notSimulated: true },
  ],
};
export default group;
