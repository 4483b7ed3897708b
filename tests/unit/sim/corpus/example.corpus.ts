import type { CorpusGroup } from './types';

/** A seed group; the corpus grows in one file per group. */
const group: CorpusGroup = {
  group: 'host: identity',
  source: 'uname(1), hostname(1) and id(1) from GNU coreutils 9 and hostname 3.23 man pages',
  rows: [
    { line: 'uname -s', expect: ['Linux\n'] },
    { line: 'uname --bogus', expect: ["uname: unrecognized option '--bogus'"], exit: 1 },
    { line: 'id -u', expect: [/^\d+\n$/] },
  ],
};
export default group;
