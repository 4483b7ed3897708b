/**
 * How the shell core runs things: bounded loops and nesting (so no line hangs the page), subshells,
 * child shells and `source`, background jobs with `jobs`/`wait`/`kill` (bash manual 3.2.5, 3.7.3
 * "Command Execution Environment", 7.2 "Job Control Builtins"), `type`/`which` paths, and the constructs
 * left to a real shell, which say so once for the whole line.
 */
import { describe, expect, test } from 'vitest';
import { NOT_SIMULATED, NOT_SIMULATED_STATUS } from '../../../src/engines/sim/commands/honesty';
import { MAX_ITERATIONS, MAX_STEPS } from '../../../src/engines/sim/shell/core';
import { fresh, run, withAlpine } from './helpers';

describe('bounds: a loop or a line cannot hang the page', () => {
  test.each(['while true; do :; done', 'until false; do echo x > /dev/null; done'])(
    '%s stops after the iteration cap with one honest message',
    (line) => {
      const s = fresh();
      const t0 = performance.now();
      const r = run(s, line);
      expect(performance.now() - t0).toBeLessThan(2000);
      const loop = line.split(' ')[0];
      expect(r).toEqual({
        text: `${loop}: ${NOT_SIMULATED} (the simulator stops a loop after ${MAX_ITERATIONS} rounds so the page never hangs; a real shell would go on). Try it on a real Linux machine.\n`,
        code: NOT_SIMULATED_STATUS,
      });
      expect(run(s, 'echo still here').text).toBe('still here\n');
    },
  );
  test('a loop under the cap runs every round', () => {
    const r = run(fresh(), `i=0; while [ $i -lt ${MAX_ITERATIONS - 1} ]; do i=$((i+1)); done; echo $i`);
    expect(r).toEqual({ text: `${MAX_ITERATIONS - 1}\n`, code: 0 });
  });
  test('nested loops stop at the per-line command cap', () => {
    const ten = '1 2 3 4 5 6 7 8 9 10';
    const r = run(
      fresh(),
      `for a in ${ten}; do for b in ${ten}; do for c in ${ten}; do for d in ${ten} 11; do :; done; done; done; done`,
    );
    expect(r.text).toContain(`the simulator stops a line after ${MAX_STEPS} commands`);
    expect(r.code).toBe(NOT_SIMULATED_STATUS);
  });
  test('deep $( ) nesting is refused, not a stack overflow', () => {
    const deep = `${'echo $('.repeat(40)}echo x${')'.repeat(40)}`;
    expect(run(fresh(), deep)).toEqual({
      text: 'bash: expansions nested too deeply (the simulator stops at 24 levels)\n',
      code: 2,
    });
    expect(run(fresh(), `${'echo $('.repeat(20)}echo x${')'.repeat(20)}`).text).toBe('x\n');
  });
});

describe('deeply nested input is refused, never a stack overflow', () => {
  test.each([
    [`echo $(( ${'('.repeat(3000)}1${')'.repeat(3000)} ))`, 'expression recursion level exceeded'],
    [`echo $(( ${'! '.repeat(3000)}1 ))`, 'expression recursion level exceeded'],
    [`echo $(( 2${'**2'.repeat(3000)} ))`, 'expression recursion level exceeded'],
    ['x=x; echo $((x))', 'bash: x: expression recursion level exceeded (error token is "x")\n'],
    [`echo ${'{a,b}'.repeat(3000)}`, 'brace expansion to more than 4096 words'],
    [`echo ${'${x:-'.repeat(2500)}y${'}'.repeat(2500)}`, 'expansions nested too deeply'],
    [`${'( '.repeat(3000)}`, 'compound commands nested too deeply'],
    [`${'if true; then '.repeat(1000)}`, 'compound commands nested too deeply'],
  ])('%#', (line, message) => {
    const r = run(fresh(), line);
    expect(r.text).toContain(message);
    expect(r.text).not.toContain('internal error');
  });
});

describe('execution environments (bash manual 3.7.3)', () => {
  test('a pipeline stage and ( ) are subshells: cd and variables stay inside', () => {
    expect(run(fresh(), 'cd /tmp | cat; pwd').text).toBe('/home/learner\n');
    expect(run(fresh(), '(cd /tmp; x=1); pwd; echo [$x]').text).toBe('/home/learner\n[]\n');
  });
  test('a child shell sees exported variables only; `env` the same', () => {
    expect(run(fresh(), `x=1; export y=2; sh -c 'echo [$x] [$y]'`).text).toBe('[] [2]\n');
    expect(run(fresh(), 'x=1; env | grep -c ^x=').text).toBe('0\n');
    expect(run(fresh(), 'x=1; export x; env | grep ^x=').text).toBe('x=1\n');
    expect(run(fresh(), 'export x=1; export -n x; env | grep -c ^x=').text).toBe('0\n');
  });
  test('source runs a file in this shell: its cd and variables stay', () => {
    const s = fresh();
    run(s, `echo 'cd /tmp; X=7' > setup.sh`);
    expect(run(s, '. ./setup.sh; pwd; echo $X')).toEqual({ text: '/tmp\n7\n', code: 0 });
    expect(run(s, 'source /home/learner/setup.sh a b').text).toContain(`source with arguments: ${NOT_SIMULATED}`);
  });
  test('a script file with newlines, if and for blocks runs as sh would', () => {
    const s = fresh();
    run(
      s,
      `echo 'for i in 1 2
do
  if [ $i = 2 ]; then echo two; else echo one; fi
done' > loop.sh`,
    );
    expect(run(s, 'sh loop.sh')).toEqual({ text: 'one\ntwo\n', code: 0 });
  });
  test('a while-read loop: each read takes one line; a command that reads its input takes the rest', () => {
    const s = fresh();
    run(s, "printf 'a\\nb\\nc\\n' > names");
    expect(run(s, 'while read d; do mkdir $d; done < names; ls -d a b c')).toEqual({ text: 'a  b  c\n', code: 0 });
    expect(run(s, 'while read x; do echo "$x:"; wc -l; done < names').text).toBe('a:\n2\n');
    expect(run(s, 'read x').text).toContain(`read from the terminal: ${NOT_SIMULATED}`);
  });
  test('exit inside $( ) or ( ) ends only that subshell', () => {
    expect(run(fresh(), 'echo [$(echo a; exit 3; echo b)] $?')).toEqual({ text: '[a] 3\n', code: 0 });
    expect(run(fresh(), '(exit 4); echo $?').text).toBe('4\n');
  });
});

describe('jobs, wait, kill (bash manual 7.2; BusyBox ash)', () => {
  test('the shell prints [N] PID for each & job; jobs lists them with + and -', () => {
    const s = fresh();
    const a = run(s, 'sleep 30 &').text;
    const b = run(s, 'sleep 40 &').text;
    const pa = /^\[1\] (\d+)\n$/.exec(a)?.[1];
    const pb = /^\[2\] (\d+)\n$/.exec(b)?.[1];
    expect(pa).toBeDefined();
    expect(run(s, 'echo $!').text).toBe(`${pb}\n`);
    expect(run(s, 'jobs').text).toBe(
      '[1]-  Running                 sleep 30 &\n[2]+  Running                 sleep 40 &\n',
    );
    expect(run(s, 'jobs -l').text).toBe(
      `[1]- ${pa} Running                 sleep 30 &\n[2]+ ${pb} Running                 sleep 40 &\n`,
    );
    expect(run(s, 'jobs -p').text).toBe(`${pa}\n${pb}\n`);
    expect(run(s, 'kill %1; jobs').text).toBe('[2]+  Running                 sleep 40 &\n');
    const t0 = s.sim.state.clockMs;
    expect(run(s, 'wait; echo $?; jobs').text).toBe('0\n');
    expect(s.sim.state.clockMs - t0).toBeGreaterThanOrEqual(39_000); // wait let simulated time run
  });
  test('ash prints its own job lines, most recent first', () => {
    const s = withAlpine();
    run(s, 'docker run -it alpine:3.22 sh');
    run(s, 'sleep 30 &');
    run(s, 'sleep 40 &');
    expect(run(s, 'jobs').text).toBe(
      '[2]+  Running                    sleep 40\n[1]-  Running                    sleep 30\n',
    );
  });
  test('wait for a job that never ends is not simulated; kill ends it', () => {
    const s = fresh();
    run(s, 'sleep infinity &');
    expect(run(s, 'wait').code).toBe(NOT_SIMULATED_STATUS);
    expect(run(s, 'kill %1; jobs')).toEqual({ text: '', code: 0 });
  });
  test("kill: permissions, PID 1 in a container, other signals, a detached sleep's logs", () => {
    expect(run(fresh(), 'kill 1')).toEqual({ text: 'bash: kill: (1) - Operation not permitted\n', code: 1 });
    expect(run(fresh(), 'kill -STOP 1').text).toContain(`kill -STOP: ${NOT_SIMULATED}`);
    const s = withAlpine();
    run(s, 'docker run -d --name box alpine:3.22 sleep 100');
    expect(run(s, 'docker logs box').text).toBe(''); // no job line from a PID 1 that is not a shell's job
    run(s, `docker run -d --name bg alpine:3.22 sh -c 'sleep 5 & echo started'`);
    expect(run(s, 'docker logs bg').text).toBe('started\n'); // a script's shell prints no [1] PID
    run(s, 'docker exec -it box sh');
    expect(run(s, 'kill -9 1; echo $?').text).toBe('0\n'); // the kernel drops it: no handler in the ns init
    run(s, 'exit');
    expect(run(s, 'docker ps -q').text).not.toBe('');
  });
});

describe('type and which find what $PATH finds', () => {
  test('on the Debian host (merged /usr)', () => {
    expect(run(fresh(), 'type ls cd for export')).toEqual({
      text: 'ls is /usr/bin/ls\ncd is a shell builtin\nfor is a shell keyword\nexport is a shell builtin\n',
      code: 0,
    });
    expect(run(fresh(), 'type -t for cd ls nosuch')).toEqual({ text: 'keyword\nbuiltin\nfile\n', code: 1 });
    expect(run(fresh(), 'type -a echo').text).toBe('echo is a shell builtin\necho is /usr/bin/echo\n');
    expect(run(fresh(), 'which ls docker nosuch')).toEqual({ text: '/usr/bin/ls\n/usr/bin/docker\n', code: 1 });
  });
  test('in Alpine (BusyBox applets in /bin, /sbin, /usr/bin)', () => {
    const s = withAlpine();
    run(s, 'docker run -it alpine:3.22 sh');
    expect(run(s, 'type ls ip export nosuch')).toEqual({
      text: 'ls is /bin/ls\nip is /sbin/ip\nexport is a special shell builtin\nnosuch: not found\n',
      code: 127,
    });
    expect(run(s, 'which wc docker')).toEqual({ text: '/usr/bin/wc\n', code: 1 });
  });
});

describe('constructs left to a real shell say so once, for the whole line', () => {
  test.each([
    ['case x in x) echo x;; esac', 'case', 'it is a bash builtin or keyword'],
    ['cat <<EOF', '<<', 'here-documents exist in the real bash and sh'],
    ['cat <<< hi', '<<<', 'here-strings exist in the real bash'],
    ['f() { echo hi; }', 'function definitions', 'they exist in the real bash and sh'],
    ['[[ 1 == 1 ]]', '[[', 'it is a bash builtin or keyword'],
    ['(( 1 + 1 ))', '((', 'it is a bash builtin or keyword'],
    ['sleep 1 | cat &', 'background lists and pipelines (&)', 'a single command with & works here'],
    ['a=(1 2)', 'arrays', 'they exist in the real bash'],
    ['echo ${a[0]}', 'arrays', 'they exist in the real bash'],
    ['x=y; echo ${!x}', 'indirect expansion (${!name})', 'it exists in the real bash'],
    ['cat <(echo hi)', 'process substitution', 'it exists in the real bash'],
    ['echo {1..100000}', 'brace expansion to more than 4096 words', 'a real bash makes them all'],
  ])('%s', (line, what, why) => {
    expect(run(fresh(), line)).toEqual({
      text: `${what}: ${NOT_SIMULATED} (${why}). Try it on a real Linux machine.\n`,
      code: NOT_SIMULATED_STATUS,
    });
  });
  test('the old false answers are gone: $(hostname) and for loops', () => {
    expect(run(fresh(), 'echo $(hostname)').text).toBe('host\n');
    expect(run(fresh(), 'for i in 1 2; do echo $i; done').text).toBe('1\n2\n');
  });
});
