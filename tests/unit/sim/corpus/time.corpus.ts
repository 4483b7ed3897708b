import type { CorpusGroup } from './types';

/**
 * Commands that take time, as they print when nothing interrupts them (the terminal plays their waits in real time;
 * Ctrl+C is tested in time-interrupt.test.ts). Exact figures (2.000 s) are the simulated clock's own.
 */
const BOX = 'docker run -d --name box alpine:3.22 sleep 3600';
const WEB = 'docker run -d --name web alpine:3.22 sleep 3600';

const group: CorpusGroup = {
  group: 'time: sleep, time, waits',
  source:
    'sleep(1) GNU coreutils 9; BusyBox 1.37 sleep/time applets (docs/BusyBox.html); bash(1) 5.2 "Pipelines" (the ' +
    'time reserved word, -p, TIMEFORMAT default) and "SIGNALS"; bash builtins wait, type; docker-pull(1), ' +
    'docker-stop(1) (https://docs.docker.com/reference/cli/docker/); virsh(1) start, console, destroy',
  rows: [
    // sleep(1)
    { line: 'sleep 0', expect: [] },
    { line: 'sleep 0.5', expect: [] },
    { line: 'sleep .5', expect: [] },
    { line: 'sleep 1 2', expect: [] },
    { line: 'sleep 1m; echo done', expect: ['done\n'] },
    { line: 'sleep', expect: ['sleep: missing operand', "Try 'sleep --help' for more information."], exit: 1 },
    { line: 'sleep abc', expect: ["sleep: invalid time interval 'abc'"], exit: 1 },
    { line: 'sleep 1x', expect: ["sleep: invalid time interval '1x'"], exit: 1 },
    { line: 'sleep -5', expect: ["sleep: invalid option -- '5'"], exit: 1 },
    { line: 'sleep --bogus', expect: ["sleep: unrecognized option '--bogus'"], exit: 1 },
    { line: 'sleep --help', expect: [], notSimulated: true },
    { line: 'sleep --version', expect: [], notSimulated: true },
    { line: 'slep 1', expect: ['slep: command not found'], exit: 127 },
    { line: 'sleep 5 &', expect: [/^\[1\] \d+\n$/] },
    { line: 'sleep 2; echo $?', expect: ['0\n'] },
    { line: 'sleep 1 && echo ok', expect: ['ok\n'] },
    { line: 'sleep x || echo failed', expect: ['failed\n'] },
    // bash would also print `[1]+  Done  sleep 3`; the simulator drops finished jobs silently (jobs.ts).
    { setup: ['sleep 3 &'], line: 'sleep 4; jobs', expect: [], not: ['Running'] },
    { setup: [BOX], line: 'docker exec box sleep', expect: ['sleep: missing operand'], exit: 1 },
    { setup: [BOX], line: 'docker exec box sleep 1', expect: [] },
    // time, bash's reserved word
    { line: 'time sleep 2', expect: ['\nreal\t0m2.000s\nuser\t0m0.001s\nsys\t0m0.001s\n'] },
    { line: 'time sleep 61', expect: ['real\t1m1.000s'] },
    { line: 'time sleep 0.25', expect: ['real\t0m0.250s'] },
    { line: 'time -p sleep 1', expect: ['real 1.00\nuser 0.00\nsys 0.00\n'] },
    { line: 'time true', expect: ['real\t0m0.000s'] },
    { line: 'time false', expect: ['real\t0m0.000s'], exit: 1 },
    { line: 'time echo hi', expect: [/^hi\n\nreal\t/] },
    { line: 'time sleep 1 | cat', expect: ['real\t0m1.000s'] },
    { line: 'time', expect: ['real\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s'] },
    { line: 'time sleep 1 2>/dev/null', expect: ['real\t0m1.000s'] },
    { line: '{ time sleep 1; } 2>/dev/null', expect: [], not: ['real'] },
    { line: 'time nosuch', expect: ['bash: nosuch: command not found', 'real\t'], exit: 127 },
    { line: 'time -v ls', expect: ['bash: -v: command not found'], exit: 127 },
    { line: 'type time', expect: ['time is a shell keyword\n'] },
    { line: 'time sleep 1 && echo after', expect: [/real\t0m1\.000s\n[\s\S]*after\n/] },
    { setup: [BOX], line: 'docker exec box time sleep 1', expect: ['real\t0m 1.00s\nuser\t0m 0.00s\nsys\t0m 0.00s\n'] },
    // wait (bash builtin)
    { line: 'sleep 2 & wait', expect: [/^\[1\] \d+\n$/] },
    { setup: ['sleep 2 &'], line: 'wait %1; echo $?', expect: ['0\n'] },
    { line: 'wait %3', expect: ['bash: wait: %3: no such job'], exit: 127 },
    // docker pull: each layer takes its compressed size over the stated bandwidth
    {
      line: 'docker pull alpine:3.22',
      expect: [
        '3.22: Pulling from library/alpine',
        'Pull complete',
        'Digest: sha256:',
        'Status: Downloaded newer image for alpine:3.22',
        'docker.io/library/alpine:3.22',
      ],
    },
    {
      setup: ['docker pull alpine:3.22'],
      line: 'docker pull alpine:3.22',
      expect: ['Already exists', 'Status: Image is up to date for alpine:3.22'],
    },
    { line: 'docker pull -q alpine:3.22', expect: [/^docker\.io\/library\/alpine:3\.22\n$/] },
    { line: 'docker pull', expect: ["'docker pull' requires 1 argument"], exit: 1 },
    {
      line: 'docker pull alpine:nosuchtag',
      expect: ['manifest for alpine:nosuchtag not found: manifest unknown'],
      exit: 1,
    },
    { line: 'docker pull --bogus alpine', expect: ['unknown flag: --bogus'], exit: 125 },
    // docker stop: SIGTERM, then SIGKILL after the grace period (10 s) for a PID 1 that ignores it
    { setup: [WEB], line: 'docker stop web', expect: ['web\n'] },
    { setup: [WEB], line: 'docker stop web; docker ps -a', expect: ['Exited (137)'] },
    { setup: [WEB], line: 'docker stop -t 0 web', expect: ['web\n'] },
    { line: 'docker stop nosuch', expect: ['Error response from daemon: No such container: nosuch'], exit: 1 },
    { line: 'docker stop', expect: ["'docker stop' requires at least 1 argument"], exit: 1 },
    { setup: [WEB], line: 'time docker stop web', expect: ['web\n', /real\t0m1\d\.\d{3}s/] },
    // virsh: start returns once the domain runs; its console shows the boot
    { line: 'virsh start web-vm', expect: ["Domain 'web-vm' started"] },
    {
      setup: ['virsh start web-vm'],
      line: 'virsh start web-vm',
      expect: [
        "error: Failed to start domain 'web-vm'",
        'error: Requested operation is not valid: domain is already running',
      ],
      exit: 1,
    },
    { line: 'virsh start nosuch', expect: ["error: failed to get domain 'nosuch'"], exit: 1 },
    { line: 'virsh start', expect: ["error: command 'start' requires <domain> option"], exit: 1 },
    { line: 'virsh console web-vm', expect: ['error: The domain is not running'], exit: 1 },
    {
      line: 'virsh start web-vm --console',
      expect: [
        "Domain 'web-vm' started",
        "Connected to domain 'web-vm'",
        'Escape character is ^]',
        'Debian GNU/Linux 13 web-vm ttyS0',
      ],
    },
    { line: 'virsh start --paused web-vm', expect: [], notSimulated: true },
  ],
};
export default group;
