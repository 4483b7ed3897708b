import type { CorpusGroup } from './types';

/** Becoming root with sudo, and what root may do that the learner may not. */
const group: CorpusGroup = {
  group: 'host: sudo and root',
  source: 'sudo(8) 1.9.16 (usage, "command not found", exit status 1 on error); shadow(5); bash(1) "COMMAND EXECUTION"',
  rows: [
    { line: 'sudo id', expect: [/^uid=0\(root\) gid=0\(root\) groups=0\(root\)\n$/] },
    { line: 'sudo whoami', expect: [/^root\n$/] },
    { line: 'sudo cat /etc/shadow', expect: [/^root:/] },
    { line: 'cat /etc/shadow', expect: ['cat: /etc/shadow: Permission denied'], exit: 1 },
    { line: 'sudo nosuchcmd', expect: ['sudo: nosuchcmd: command not found'], exit: 1 },
    { line: 'sudo', expect: [/^usage: sudo /m], exit: 1 },
    { line: 'sudo --bogus', expect: ["sudo: unrecognized option '--bogus'", 'usage: sudo'], exit: 1 },
    { line: 'sudo mkdir /root/x && sudo ls /root', expect: [/^x\n$/] },
    { line: 'sudo touch /etc/x && ls /etc/x', expect: [/^\/etc\/x\n$/] },
    { line: 'sudo false; echo $?', expect: [/^1\n$/] },
    { line: 'sudo sh -c "exit 4"; echo $?', expect: [/^4\n$/] },
    { line: 'sudo -u nobody id', expect: [], notSimulated: true },
    { line: 'sudo -l', expect: [], notSimulated: true },
  ],
};
export default group;
