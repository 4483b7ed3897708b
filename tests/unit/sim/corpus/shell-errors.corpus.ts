import type { CorpusGroup } from './types';

/** What the shell says when a command cannot run, and the statuses scripts test for. */
const group: CorpusGroup = {
  group: 'shell: errors and exit statuses',
  source:
    'bash(1) 5.2 "COMMAND EXECUTION" and "EXIT STATUS" (127 not found, 126 not executable, 128+n killed by ' +
    'signal n, 2 for builtin misuse); BusyBox ash messages in the Alpine image; checked against GNU bash 5.2. A login shell (ssh, a console) names itself `-bash`/`-sh` in these messages, so rows accept either spelling',
  rows: [
    { line: 'nosuchcommand', expect: [/^-?bash: nosuchcommand: command not found\n$/], exit: 127 },
    { line: 'nosuchcommand; echo $?', expect: [/127\n$/] },
    { line: './notes.txt', expect: ['bash: ./notes.txt: Permission denied'], exit: 126 },
    { line: './nosuch', expect: ['bash: ./nosuch: No such file or directory'], exit: 127 },
    { line: '/nonexistent/bin', expect: ['bash: /nonexistent/bin: No such file or directory'], exit: 127 },
    { line: '/etc', expect: ['bash: /etc: Is a directory'], exit: 126 },
    { line: '/etc/hostname', expect: ['bash: /etc/hostname: Permission denied'], exit: 126 },
    { line: '/usr/bin/whoami', expect: [/^learner\n$/] },
    { line: '/bin/echo hi', expect: [/^hi\n$/] },
    { line: 'Ls', expect: ['bash: Ls: command not found'], exit: 127 },
    { line: 'dokcer ps', expect: ['bash: dokcer: command not found'], exit: 127 },
    { line: '__proto__', expect: ['bash: __proto__: command not found'], exit: 127 },
    { line: 'constructor', expect: ['bash: constructor: command not found'], exit: 127 },
    { line: 'docker constructor', expect: ['docker: unknown command: docker constructor'], exit: 1 },
    { line: 'false; echo $?', expect: [/^1\n$/] },
    { line: 'sh -c "exit 42"; echo $?', expect: [/^42\n$/] },
    { line: 'bash -c "exit 300"; echo $?', expect: [/^44\n$/] },
    { line: 'ls /nonexist; echo $?', expect: [/2\n$/] },
    { line: 'grep -q nosuch /etc/hostname; echo $?', expect: [/^1\n$/] },
    { line: 'grep x /nonexist; echo $?', expect: [/2\n$/] },
    { line: 'cat /nonexist; echo $?', expect: [/1\n$/] },
    { line: 'kill', expect: ['kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec'], exit: 2 },
    { line: 'kill 99999', expect: ['bash: kill: (99999) - No such process'], exit: 1 },
    { line: 'kill -9 1', expect: ['bash: kill: (1) - Operation not permitted'], exit: 1 },
    { line: 'kill -s BOGUS 1', expect: ['bash: kill: BOGUS: invalid signal specification'], exit: 1 },
    { line: 'kill -9 %1', expect: ['bash: kill: %1: no such job'], exit: 1 },
    { line: 'sleep', expect: ['sleep: missing operand'], exit: 1 },
    { line: 'sleep abc', expect: ["sleep: invalid time interval 'abc'"], exit: 1 },
    { line: 'echo $((', expect: [], exit: 2 },
    { line: 'echo $(( 1 + ))', expect: ['bash: 1 + : syntax error: operand expected (error token is "+ ")'], exit: 1 },
    { line: 'x=hello; echo ${x', expect: [], exit: 2 },
    { line: 'echo ${!}', expect: [/^\n$/] },
    {
      setup: ['docker pull alpine:3.22', 'docker run -it alpine:3.22 sh'],
      line: 'nosuch',
      expect: [/^-?sh: nosuch: not found\n$/],
      exit: 127,
    },
    {
      setup: ['docker pull alpine:3.22', 'docker run -it alpine:3.22 sh'],
      line: './nosuch',
      expect: ['sh: ./nosuch: not found'],
      exit: 127,
    },
    {
      setup: ['docker pull alpine:3.22', 'docker run -it alpine:3.22 sh'],
      line: 'x=abc; echo ${x^^}',
      expect: ['sh: syntax error: bad substitution'],
      exit: 2,
    },
    {
      setup: ['docker pull alpine:3.22', 'docker run -it alpine:3.22 sh'],
      line: 'exit 7',
      expect: [],
      exit: 7,
    },
  ],
};
export default group;
