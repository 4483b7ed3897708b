/**
 * The shell core against the real shells. Each row is a line, what bash 5.2 prints for it (the host and
 * Debian images run bash) and, where it differs, what BusyBox ash prints (Alpine and busybox images run
 * it): stdout and stderr in the order they are written, and the exit status. The rows were checked
 * against `bash --norc -i -c LINE` (GNU bash 5.2.15) and `busybox sh -i -c LINE` (BusyBox 1.35; Alpine
 * 3.22 ships 1.37, whose messages for these cases are the same), each in an empty working directory;
 * the read rows, which need their own standard input, against `bash -c` and `busybox sh -c`. Sections cite the bash manual (https://www.gnu.org/software/bash/manual/bash.html) and POSIX XCU.
 */
import { describe, expect, test } from 'vitest';
import type { SimSession } from '../../../src/engines/sim/index';
import { fresh, run, withAlpine } from './helpers';

/** [line, bash output, bash status, ash output, ash status] — the ash pair only where it differs. */
type Row = [string, string, number, string?, number?];

/** A host session (bash) in an empty working directory the learner may write to. */
function inBash(): SimSession {
  const s = fresh();
  run(s, 'mkdir -p /tmp/w');
  run(s, 'cd /tmp/w');
  return s;
}

/** A shell in an Alpine container (BusyBox ash), in an empty working directory. */
function inAsh(): SimSession {
  const s = withAlpine();
  run(s, 'docker run -it alpine:3.22 sh');
  run(s, 'mkdir /tmp/w');
  run(s, 'cd /tmp/w');
  return s;
}

const SECTIONS: Array<[string, Row[]]> = [
  [
    'quoting and tilde: bash manual 3.1.2 "Quoting" (3.1.2.4 "ANSI-C Quoting"), 3.5.2 "Tilde Expansion"',
    [
      ['echo \'a  b\' "c  d" e\\ \\ f', 'a  b c  d e  f\n', 0],
      ['echo "a\\"b" \'it\'"\'"\'s\' "$PWD"x \'$PWD\'', 'a"b it\'s /tmp/wx $PWD\n', 0],
      [
        'echo $\'a\\tb\\x41\\101\' ~root ~nosuch ~root/x $"hi"',
        'a\tbAA /root ~nosuch /root/x hi\n',
        0,
        'a\tbAA /root ~nosuch /root/x $hi\n',
        0,
      ],
    ],
  ],
  [
    'command substitution: bash manual 3.5.4 "Command Substitution"; POSIX XCU 2.6.3',
    [
      ['echo $(echo hi) `echo there`', 'hi there\n', 0],
      ['echo "$(echo a; echo b)"', 'a\nb\n', 0],
      ['echo $(echo a; echo b)', 'a b\n', 0],
      ['echo $(echo $(echo nested))', 'nested\n', 0],
      ['x=$(false); echo $?', '1\n', 0],
      ['echo [$(nosuchcmd)]', 'bash: nosuchcmd: command not found\n[]\n', 0, 'sh: nosuchcmd: not found\n[]\n', 0],
      [
        'echo $(echo hi',
        "bash: unexpected EOF while looking for matching `)'\n",
        2,
        'sh: syntax error: unexpected end of file (expecting ")")\n',
        2,
      ],
      [
        'echo `echo hi',
        "bash: unexpected EOF while looking for matching ``'\n",
        2,
        'sh: syntax error: EOF in backquote substitution\n',
        2,
      ],
    ],
  ],
  [
    'arithmetic: bash manual 3.5.5 "Arithmetic Expansion" and 6.5 "Shell Arithmetic"; BusyBox ash math.c',
    [
      ['echo $((1+2*3)) $((7/2)) $((-7/2)) $((7%3))', '7 3 -3 1\n', 0],
      ['echo $((2**10)) $((1<<4)) $((0x1f)) $((010)) $((2#101))', '1024 16 31 8 5\n', 0],
      ['x=5; echo $((x*2)) $((x+=1)) $x', '10 6 6\n', 0],
      ['echo $((1/0)); echo after', 'bash: 1/0: division by 0 (error token is "0")\n', 1, 'sh: divide by zero\n', 2],
      ['echo $((1%0))', 'bash: 1%0: division by 0 (error token is "0")\n', 1, 'sh: divide by zero\n', 2],
      [
        'echo $((1+))',
        'bash: 1+: syntax error: operand expected (error token is "+")\n',
        1,
        'sh: arithmetic syntax error\n',
        2,
      ],
      [
        'echo $((08))',
        'bash: 08: value too great for base (error token is "08")\n',
        1,
        'sh: arithmetic syntax error\n',
        2,
      ],
      ['echo $((9223372036854775807+1))', '-9223372036854775808\n', 0],
      ['echo $((3 > 2 ? 10 : 20)) $((!0)) $((~0))', '10 1 -1\n', 0],
      [
        'echo $(( 3 ** -1 ))',
        'bash: 3 ** -1 : exponent less than 0 (error token is "1 ")\n',
        1,
        'sh: exponent less than 0\n',
        2,
      ],
      [
        'echo $((1 @ 2))',
        'bash: 1 @ 2: syntax error: invalid arithmetic operator (error token is "@ 2")\n',
        1,
        'sh: arithmetic syntax error\n',
        2,
      ],
    ],
  ],
  [
    'parameters and variables: bash manual 3.5.3 "Shell Parameter Expansion", 4.1 "export" and "unset"',
    [
      ['x=hello; echo ${x} ${#x} ${x}world', 'hello 5 helloworld\n', 0],
      ['echo ${nope:-default} ${nope-unset} [${nope}]', 'default unset []\n', 0],
      ['echo ${y:=set}; echo $y', 'set\nset\n', 0],
      ['v=abc.txt; echo ${v%.txt} ${v#a} ${v/b/B} ${v:1:2}', 'abc bc.txt aBc.txt bc\n', 0],
      ['echo ${x!}', 'bash: ${x!}: bad substitution\n', 1, 'sh: syntax error: bad substitution\n', 2],
      ['echo ${nope:?is unset}; echo after', 'bash: nope: is unset\n', 1, 'sh: nope: is unset\n', 2],
      ['a=1; b=2; echo $a$b ${a}x', '12 1x\n', 0],
      ['export Z=3; echo $Z', '3\n', 0],
      [
        'export 1x=2; echo $?',
        "bash: export: `1x=2': not a valid identifier\n1\n",
        0,
        'sh: export: 1x: bad variable name\n',
        2,
      ],
      ['Z=3; unset Z; echo "[$Z]"', '[]\n', 0],
      ['unset 1x; echo $?', '0\n', 0, 'sh: unset: 1x: bad variable name\n', 2],
      ["X=1; env | grep -c '^X='", '0\n', 1],
      ["export X=1; env | grep '^X='", 'X=1\n', 0],
      ['Y=2 env | grep \'^Y=\'; echo "[$Y]"', 'Y=2\n[]\n', 0],
    ],
  ],
  [
    'redirections: bash manual 3.6 "Redirections"; POSIX XCU 2.7',
    [
      ['echo out > f; cat f', 'out\n', 0],
      ['echo a >> f; echo b >> f; cat f', 'a\nb\n', 0],
      ['echo a > f; cat < f', 'a\n', 0],
      ['ls /nonexist 2>&1 | wc -l', '1\n', 0],
      ['echo err >&2 2>/dev/null', 'err\n', 0],
      ['echo err 2>/dev/null >&2', '', 0],
      [
        'cat < /nonexist',
        'bash: /nonexist: No such file or directory\n',
        1,
        "sh: can't open /nonexist: no such file\n",
        1,
      ],
      ['echo x > /tmp', 'bash: /tmp: Is a directory\n', 1, "sh: can't create /tmp: Is a directory\n", 1],
      ['echo hi >&3', 'bash: 3: Bad file descriptor\n', 1, 'sh: 3: Bad file descriptor\n', 1],
      [
        'touch a.txt b.txt; cat < *.txt; echo rc=$?',
        'bash: *.txt: ambiguous redirect\nrc=1\n',
        0,
        "sh: can't open *.txt: no such file\nrc=1\n",
        0,
      ],
      ['echo hi > *.log; ls', '*.log\n', 0],
      [
        'echo x > "$nope"; echo rc=$?',
        'bash: : No such file or directory\nrc=1\n',
        0,
        "sh: can't create : nonexistent directory\nrc=1\n",
        0,
      ],
      [
        'echo x > $nope; echo rc=$?',
        'bash: $nope: ambiguous redirect\nrc=1\n',
        0,
        "sh: can't create : nonexistent directory\nrc=1\n",
        0,
      ],
      [
        'echo hi > nodir/f',
        'bash: nodir/f: No such file or directory\n',
        1,
        "sh: can't create nodir/f: nonexistent directory\n",
        1,
      ],
      ['{ echo a; ls /nonexist; } > f 2>&1; wc -l < f', '2\n', 0],
    ],
  ],
  [
    'bash-only expansions: bash manual 3.5.1 "Brace Expansion", 3.5.2, 3.5.3, 6.5; ash leaves them as written',
    [
      [
        'echo a{1..3} {a,b}{x,y} {01..10..3} {c..a} x{a}y',
        'a1 a2 a3 ax ay bx by 01 04 07 10 c b a x{a}y\n',
        0,
        'a{1..3} {a,b}{x,y} {01..10..3} {c..a} x{a}y\n',
        0,
      ],
      ['echo $[1+2]', '3\n', 0, '$[1+2]\n', 0],
      ['x=aaa; echo ${x/#a/b} ${x/%a/b} ${x//a/c}', 'baa aab ccc\n', 0, 'aaa aaa ccc\n', 0],
      ['cd /tmp; echo ~+', '/tmp\n', 0, '~+\n', 0],
      [
        'echo $((1/0)) | wc -l; echo $?',
        'bash: 1/0: division by 0 (error token is "0")\n0\n0\n',
        0,
        'sh: divide by zero\n0\n0\n',
        0,
      ],
      ['source /dev/null; echo $?', '0\n', 0],
    ],
  ],
  [
    'filename expansion and field splitting: bash manual 3.5.8 "Filename Expansion", 3.5.7 "Word Splitting"',
    [
      ['touch a.txt b.txt c.log; echo *.txt', 'a.txt b.txt\n', 0],
      ['touch a.txt b.txt c.log; echo ?.log [ab].txt', 'c.log a.txt b.txt\n', 0],
      ['echo *.none', '*.none\n', 0],
      ['touch .h a.txt; echo * .*', 'a.txt .h\n', 0, 'a.txt . .. .h\n', 0],
      ['touch a.txt; echo "*.txt" \'*\' \\*', '*.txt * *\n', 0],
      ['touch a.txt b.txt; x=\'*.txt\'; echo $x "$x"', 'a.txt b.txt *.txt\n', 0],
      ['mkdir g; touch g/one g/two; echo g/*', 'g/one g/two\n', 0],
      ['v="a   b"; for w in $v; do echo "[$w]"; done', '[a]\n[b]\n', 0],
    ],
  ],
  [
    'compound commands: bash manual 3.2.5 "Compound Commands", 3.2.4 "Lists of Commands", 4.1 "break"/"continue"',
    [
      ['for i in 1 2 3; do echo $i; done', '1\n2\n3\n', 0],
      ['for i in a b; do echo $i; done | wc -l', '2\n', 0],
      ['for i in; do echo $i; done; echo st $?', 'st 0\n', 0],
      ['if true; then echo y; else echo n; fi', 'y\n', 0],
      ['if false; then echo y; elif true; then echo e; fi', 'e\n', 0],
      ['if false; then echo y; fi; echo st $?', 'st 0\n', 0],
      ['i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done', '0\n1\n2\n', 0],
      ['i=0; until [ $i -ge 2 ]; do echo u$i; i=$((i+1)); done', 'u0\nu1\n', 0],
      ['for i in 1 2 3; do if [ $i = 2 ]; then break; fi; echo $i; done', '1\n', 0],
      ['for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done', '1\n3\n', 0],
      ['for i in 1 2; do for j in a b; do [ $j = b ] && continue 2; echo $i$j; done; done', '1a\n2a\n', 0],
      ['{ echo a; echo b; } | wc -l', '2\n', 0],
      ['(cd /; pwd); pwd', '/\n/tmp/w\n', 0],
      ['(x=inner); echo [$x]', '[]\n', 0],
      ['! false; echo $?', '0\n', 0],
      ['! ! true; echo $?', '0\n', 0, 'sh: syntax error: unexpected "!"\n', 2],
      ['true && echo y || echo n', 'y\n', 0],
      ['false || echo fallback', 'fallback\n', 0],
      ['break; echo $?', "bash: break: only meaningful in a `for', `while', or `until' loop\n0\n", 0, '0\n', 0],
    ],
  ],
  [
    'syntax errors: bash manual 3.2 "Shell Commands" (the grammar); BusyBox ash parser messages',
    [
      ['fi', "bash: syntax error near unexpected token `fi'\n", 2, 'sh: syntax error: unexpected "fi"\n', 2],
      ['done', "bash: syntax error near unexpected token `done'\n", 2, 'sh: syntax error: unexpected "done"\n', 2],
      [
        'for i in 1 2; do echo $i',
        'bash: syntax error: unexpected end of file\n',
        2,
        'sh: syntax error: unexpected end of file (expecting "done")\n',
        2,
      ],
      [
        'if true; then; fi',
        "bash: syntax error near unexpected token `;'\n",
        2,
        'sh: syntax error: unexpected ";"\n',
        2,
      ],
      [
        'while; do :; done',
        "bash: syntax error near unexpected token `;'\n",
        2,
        'sh: syntax error: unexpected ";"\n',
        2,
      ],
      [
        'for 1 in a; do :; done',
        "bash: `1': not a valid identifier\n",
        2,
        'sh: syntax error: bad for loop variable\n',
        2,
      ],
      [
        'echo a ;; echo b',
        "bash: syntax error near unexpected token `;;'\n",
        2,
        'sh: syntax error: unexpected ";;"\n',
        2,
      ],
      ['ls |', 'bash: syntax error: unexpected end of file\n', 2, 'sh: syntax error: unexpected end of file\n', 2],
      [
        'ls >',
        "bash: syntax error near unexpected token `newline'\n",
        2,
        'sh: syntax error: unexpected end of file\n',
        2,
      ],
    ],
  ],
  [
    'test and [: bash manual 4.1 "test" and 6.4 "Bash Conditional Expressions"; BusyBox test',
    [
      ['[ 1 -eq 1 ]; echo $?', '0\n', 0],
      ['[ a = b ]; echo $?', '1\n', 0],
      ['[ a != b ]; echo $?', '0\n', 0],
      ['[ 3 -lt 2 ]; echo $?', '1\n', 0],
      ['[ -d / ] && echo dir', 'dir\n', 0],
      ['[ -e /nonexist ]; echo $?', '1\n', 0],
      ['[ 1 -eq 1; echo $?', "bash: [: missing `]'\n2\n", 0, 'sh: missing ]\n2\n', 0],
      ['[ a -eq 1 ]; echo $?', 'bash: [: a: integer expression expected\n2\n', 0, 'sh: a: bad number\n2\n', 0],
      ['[ 1 2 3 ]; echo $?', 'bash: [: 2: binary operator expected\n2\n', 0, 'sh: 2: unknown operand\n2\n', 0],
      ["test -z ''; echo $?", '0\n', 0],
      ["[ ! -n '' ]; echo $?", '0\n', 0],
      ['[ 2 -gt 1 -a 3 -lt 4 ]; echo $?', '0\n', 0],
    ],
  ],
  [
    'read and $IFS: bash manual 4.2 "read", 3.5.7 "Word Splitting"; POSIX XCU read and 2.6.5 "Field Splitting"',
    [
      [
        'printf \'a b  c\\n  x\\\\ y  \\nlast\' > rf; while read a b; do echo "[$a][$b]"; done < rf',
        '[a][b  c]\n[x y][]\n',
        0,
      ],
      [
        'printf \'a b  c\\n  x\\\\ y  \\nlast\' > rf; while read -r line; do echo "[$line]"; done < rf; echo "rc=$? [$line]"',
        '[a b  c]\n[x\\ y]\nrc=0 [last]\n',
        0,
      ],
      ['printf \'a b  c\\n\' > rf; read < rf; echo "[$REPLY]"', '[a b  c]\n', 0],
      [
        'read 1x < /dev/null',
        "bash: read: `1x': not a valid identifier\n",
        1,
        "sh: read: '1x': bad variable name\n",
        1,
      ],
      ['printf "one\\ntwo\\n" | while read x; do echo got $x; done', 'got one\ngot two\n', 0],
      ["printf 'a b\\n' > rf; read x < rf; read y < rf; echo $x $y", 'a b a b\n', 0],
      ['printf \'a\\nb\\nc\\n\' > rf; cat rf | { read a; read b; echo "[$a][$b]"; }', '[a][b]\n', 0],
      ["printf 'a\\nb\\nc\\n' > rf; while read x; do cat; done < rf", 'b\nc\n', 0],
      ['printf \'one \\\\\\ntwo\\n\' > rf; read x < rf; echo "[$x]"', '[one two]\n', 0],
      ['read x < /dev/null; echo "rc=$? [$x]"', 'rc=1 []\n', 0],
      ["echo 'k=v' | { IFS== read a b; echo $a; }", 'k\n', 0],
      ['x=a:b::c; IFS=:; for i in $x; do echo "[$i]"; done', '[a]\n[b]\n[]\n[c]\n', 0],
      ['x=" a  b "; IFS=" "; for i in $x; do echo "[$i]"; done', '[a]\n[b]\n', 0],
      ['x="a b"; IFS=; for i in $x; do echo "[$i]"; done', '[a b]\n', 0],
      ['echo "a:b:" | { IFS=: read x y; echo "[$x][$y]"; }', '[a][b]\n', 0],
      ['echo "a:b::" | { IFS=: read x y; echo "[$x][$y]"; }', '[a][b::]\n', 0],
      ['echo \'k=v\' | { IFS== read a b; echo "$a|$b|$IFS|"; }', 'k|v| \t\n|\n', 0],
      ['x=:a; IFS=:; for i in pre$x; do echo "[$i]"; done', '[pre]\n[a]\n', 0],
    ],
  ],
  [
    'printf: bash manual 4.2 "printf"; POSIX XCU printf; BusyBox printf',
    [
      [
        "printf '%s-%d|%5s|%-5s|%05d|%x|%o|%c|%%|%.2f\\n' a 42 r l 7 255 8 xyz 3.14159",
        'a-42|    r|l    |00007|ff|10|x|%|3.14\n',
        0,
      ],
      ["printf '%s\\n' a b c", 'a\nb\nc\n', 0],
      ["printf '%d\\n' abc", 'bash: printf: abc: invalid number\n0\n', 1, "sh: invalid number 'abc'\n0\n", 1],
      ["printf '%d %d\\n' 1", '1 0\n', 0, "sh: invalid number ''\n1 0\n", 1],
      [
        'printf',
        'printf: usage: printf [-v var] format [arguments]\n',
        2,
        'sh: usage: printf FORMAT [ARGUMENT...]\n',
        2,
      ],
      ["printf '%z'", "bash: printf: `%z': missing format character\n", 1, 'sh: %: invalid format\n', 1],
      ["printf '%b\\n' 'a\\tb'", 'a\tb\n', 0],
      ["printf '\\101\\x42\\n'", 'AB\n', 0],
      ["printf '%5.1s|\\n' abc", '    a|\n', 0],
      ["printf '%i\\n' 0x10", '16\n', 0],
      ["printf '%d\\n' 3.5", 'bash: printf: 3.5: invalid number\n3\n', 1, "sh: invalid number '3.5'\n0\n", 1],
      ["printf '%e %g %E\\n' 1234.5 0.0001 5", '1.234500e+03 0.0001 5.000000E+00\n', 0],
      ["printf '%+d % d %#x %#o\\n' 5 5 255 8", '+5  5 0xff 010\n', 0],
      ["printf '%*d|%-*d|\\n' 5 1 3 2", '    1|2  |\n', 0],
      ["printf '%s %s\\n' a b c", 'a b\nc \n', 0],
      ["printf '%5%|\\n'", "bash: printf: `%': invalid format character\n", 1, 'sh: %5%|\\n: invalid format\n', 1],
      ["printf 'a\\cb'; echo", 'a\\cb\n', 0, 'a\n', 0],
      ["printf '%b' 'x\\cy'; echo", 'x\n', 0],
      ["printf '%u\\n' -1", '18446744073709551615\n', 0],
      ["printf '%x\\n' -1", 'ffffffffffffffff\n', 0],
      [
        "printf '%d\\n' 9999999999999999999",
        'bash: printf: warning: 9999999999999999999: Numerical result out of range\n9223372036854775807\n',
        0,
        "sh: invalid number '9999999999999999999'\n0\n",
        1,
      ],
      ["printf '%d\\n' \"'A\"", '65\n', 0],
      ["for i in 1 2 3; do printf '%02d\\n' $i; done", '01\n02\n03\n', 0],
      ["printf -v x '%03d' 7; echo $x", '007\n', 0, '-v\n', 0],
      ["printf '%s=%s\\n' a 1 b 2", 'a=1\nb=2\n', 0],
      ["printf '%g %g %g\\n' 100000 1000000 0.5", '100000 1e+06 0.5\n', 0],
      ["printf '%10.3f|%-8.2e|\\n' 3.14159 12345.678", '     3.142|1.23e+04|\n', 0],
    ],
  ],
  [
    'command and eval: bash manual 4.1 "eval", 4.2 "command"; BusyBox ash (ls is /bin/ls in Alpine)',
    [
      ['command -v ls cd for nosuch; echo rc=$?', '/usr/bin/ls\ncd\nfor\nrc=0\n', 0, '/bin/ls\nrc=0\n', 0],
      [
        'command -V ls cd for; echo rc=$?',
        'ls is /usr/bin/ls\ncd is a shell builtin\nfor is a shell keyword\nrc=0\n',
        0,
        'ls is /bin/ls\nrc=0\n',
        0,
      ],
      [
        'command -V nosuch; echo rc=$?',
        'bash: command: nosuch: not found\nrc=1\n',
        0,
        'nosuch: not found\nrc=127\n',
        0,
      ],
      ['command -v nosuch; echo rc=$?', 'rc=1\n', 0, 'rc=127\n', 0],
      ['command echo hi', 'hi\n', 0],
      ['command nosuch', 'bash: nosuch: command not found\n', 127, 'sh: nosuch: not found\n', 127],
      ['eval "x=5; echo \\$x"', '5\n', 0],
      ['eval; echo rc=$?', 'rc=0\n', 0],
      [
        'eval "fi"; echo rc=$?',
        "bash: syntax error near unexpected token `fi'\nrc=2\n",
        0,
        'sh: eval: syntax error: unexpected "fi"\n',
        2,
      ],
      ["cmd='echo a b'; eval $cmd", 'a b\n', 0],
      ["eval 'for i in 1 2; do echo $i; done'", '1\n2\n', 0],
    ],
  ],
  [
    'type, which, kill, jobs, wait, source: bash manual 4.1, 4.2 and 7.2 "Job Control Builtins"; debianutils which',
    [
      [
        'type cd for nosuch',
        'cd is a shell builtin\nfor is a shell keyword\nbash: type: nosuch: not found\n',
        1,
        'cd is a shell builtin\nfor is a shell keyword\nnosuch: not found\n',
        127,
      ],
      ['which nosuch; echo $?', '1\n', 0],
      [
        'kill',
        'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n',
        2,
        'sh: you need to specify whom to kill\n',
        1,
      ],
      ['kill 999999', 'bash: kill: (999999) - No such process\n', 1, "sh: can't kill pid 999999: No such process\n", 1],
      ['kill -l 9', 'KILL\n', 0],
      ['kill -s FOO 1', 'bash: kill: FOO: invalid signal specification\n', 1, "sh: bad signal name 'FOO'\n", 1],
      ['kill abc', 'bash: kill: abc: arguments must be process or job IDs\n', 1, "sh: invalid number 'abc'\n", 1],
      ['kill %5', 'bash: kill: %5: no such job\n', 1, 'sh: kill: %5: no such job\n', 2],
      ['wait 99999; echo $?', 'bash: wait: pid 99999 is not a child of this shell\n127\n', 0, '127\n', 0],
      ['jobs; echo $?', '0\n', 0],
      ['source', 'bash: source: filename argument required\nsource: usage: source filename [arguments]\n', 2, '', 2],
      [
        '. ./nosuch',
        'bash: ./nosuch: No such file or directory\n',
        1,
        "sh: .: can't open './nosuch': No such file or directory\n",
        2,
      ],
    ],
  ],
];

describe.each(SECTIONS)('%s', (_title, rows) => {
  test.each(rows)('bash: %s', (line, text, code) => {
    expect(run(inBash(), line)).toEqual({ text, code });
  });
  test.each(rows)('ash: %s', (line, text, code, shText, shCode) => {
    expect(run(inAsh(), line)).toEqual({ text: shText ?? text, code: shCode ?? code });
  });
});
