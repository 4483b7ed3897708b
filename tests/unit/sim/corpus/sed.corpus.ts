import type { CorpusGroup } from './types';

/** `sed`'s s command, as a learner edits a Dockerfile with it. */
const group: CorpusGroup = {
  group: 'sed (the s command)',
  source: 'GNU sed 4.9 manual ("The s Command", "Reporting Bugs"/error messages, "Exit status"); BusyBox sed',
  rows: [
    { setup: ['cd app'], line: "sed -i 's/nginx:1.31/nginx:1.31.3/' Dockerfile && cat Dockerfile", expect: ['FROM nginx:1.31.3\n'] }, // prettier-ignore
    { setup: ['cd app'], line: "sed 's/Hello/Bonjour/' index.html", expect: ['<h1>Bonjour from my first image</h1>\n'] }, // prettier-ignore
    { line: "echo aaa | sed 's/a/b/'", expect: [/^baa\n$/] },
    { line: "echo aaa | sed 's/a/b/g'", expect: [/^bbb\n$/] },
    { line: "echo aaa | sed 's/a/b/2'", expect: [/^aba\n$/] },
    { line: "echo abc | sed -n 's/x/y/p'", expect: [/^$/] },
    { line: "echo abc | sed -E 's/(b)(c)/<\\2\\1>/'", expect: [/^a<cb>\n$/] },
    { line: "echo a/b | sed 's|/|-|'", expect: [/^a-b\n$/] },
    { line: "echo ab | sed 's/a/&&/'", expect: [/^aab\n$/] },
    { line: "echo a | sed 's/a/b'", expect: ["sed: -e expression #1, char 5: unterminated `s' command"], exit: 1 },
    { line: "echo a | sed 's/a/b/x'", expect: ["sed: -e expression #1, char 7: unknown option to `s'"], exit: 1 },
    { line: 'sed s/a/b/ nope', expect: ["sed: can't read nope: No such file or directory"], exit: 2 },
    { line: 'sed -i s/a/b/', expect: ['sed: no input files'], exit: 1 },
    { line: 'sed', expect: ['Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...'], exit: 1 },
    { line: "sed '1d' notes.txt", expect: ['only the s command is modelled'], notSimulated: true },
    { line: 'sed -f script notes.txt', expect: ['sed -f'], notSimulated: true },
    { line: 'sed --bogus s/a/b/', expect: ["sed: unrecognized option '--bogus'"], exit: 1 },
  ],
};
export default group;
