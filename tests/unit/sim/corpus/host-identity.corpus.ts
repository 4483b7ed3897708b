import type { CorpusGroup } from './types';

/** Who and where the learner is on the course host. */
const group: CorpusGroup = {
  group: 'host: identity and environment',
  source:
    'uname(1), id(1), whoami(1) from GNU coreutils 9.7 (Debian 13); hostname(1) from the Debian hostname package; ' +
    'bash(1) 5.2 "Shell Variables" (HOME, USER, UID, PWD)',
  rows: [
    { line: 'uname', expect: [/^Linux\n$/] },
    { line: 'uname -s', expect: [/^Linux\n$/] },
    { line: 'uname -m', expect: [/^x86_64\n$/] },
    { line: 'uname -o', expect: [/^GNU\/Linux\n$/] },
    { line: 'uname -r', expect: [/^\d+\.\d+\.\d+\S*\n$/] },
    { line: 'uname -n', expect: [/^host\n$/] },
    { line: 'uname -a', expect: [/^Linux host \d+\.\d+\.\d+\S* #\d+ SMP .* x86_64 GNU\/Linux\n$/] },
    { line: 'uname -sr', expect: [/^Linux \d+\.\d+\.\d+\S*\n$/] },
    { line: '[ "$(uname -n)" = "$(hostname)" ] && echo same', expect: ['same\n'] },
    { line: 'uname -x', expect: ["uname: invalid option -- 'x'", "Try 'uname --help' for more information."], exit: 1 },
    { line: 'uname --bogus', expect: ["uname: unrecognized option '--bogus'"], exit: 1 },
    { line: 'uname extra', expect: ["uname: extra operand 'extra'"], exit: 1 },
    { line: 'id', expect: [/^uid=1000\(learner\) gid=1000\(learner\) groups=1000\(learner\)/] },
    { line: 'id -u', expect: [/^1000\n$/] },
    { line: 'id -g', expect: [/^1000\n$/] },
    { line: 'id -un', expect: [/^learner\n$/] },
    { line: 'id -gn', expect: [/^learner\n$/] },
    { line: 'id -G', expect: [/^1000( \d+)*\n$/] },
    { line: 'id root', expect: [/^uid=0\(root\) gid=0\(root\) groups=0\(root\)\n$/] },
    { line: 'id -u root', expect: [/^0\n$/] },
    { line: 'id nosuchuser', expect: ["id: 'nosuchuser': no such user"], exit: 1 },
    { line: 'id --bogus', expect: ["id: unrecognized option '--bogus'"], exit: 1 },
    { line: 'whoami', expect: [/^learner\n$/] },
    { line: 'whoami extra', expect: ["whoami: extra operand 'extra'"], exit: 1 },
    { line: 'sudo whoami', expect: [/^root\n$/] },
    { line: 'sudo id -u', expect: [/^0\n$/] },
    { line: 'hostname', expect: [/^host\n$/] },
    { line: 'hostname -s', expect: [/^host\n$/] },
    { line: 'hostname -I', expect: [/^(\d+\.\d+\.\d+\.\d+ )+\n$/], not: ['host'] },
    { line: 'echo $USER', expect: [/^learner\n$/] },
    { line: 'echo $HOME', expect: [/^\/home\/learner\n$/] },
    { line: 'echo $UID', expect: [/^1000\n$/] },
    { line: 'pwd', expect: [/^\/home\/learner\n$/] },
    { line: 'cat /etc/hostname', expect: [/^host\n$/] },
    { line: 'cat /etc/os-release', expect: ['PRETTY_NAME="Debian GNU/Linux 13 (trixie)"', 'ID=debian'] },
    { line: 'echo $BASH_VERSION', expect: [/^5\.\d+\.\d+/] },
  ],
};
export default group;
