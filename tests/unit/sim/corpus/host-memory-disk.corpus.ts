import type { CorpusGroup } from './types';

/** Memory and disk as free, df and /proc/meminfo report them on the 16 GiB course host. */
const group: CorpusGroup = {
  group: 'host: memory, free and df',
  source:
    'free(1) from procps-ng 4.0 (columns, -b/-k/-m/-g/-h, used = total - free - buff/cache); ' +
    'proc_meminfo(5); df(1) from GNU coreutils 9.7 (1K-blocks by default, -h powers of 1024, FILE operands: the filesystem holding each; checked against coreutils 9.1 df)',
  rows: [
    {
      line: 'free',
      expect: [/^ +total +used +free +shared +buff\/cache +available\n/, /^Mem: +16777216 /m, /^Swap: /m],
    },
    { line: 'free -k', expect: [/^Mem: +16777216 /m] },
    { line: 'free -m', expect: [/^Mem: +16384 /m] },
    { line: 'free -g', expect: [/^Mem: +16 /m] },
    { line: 'free -b', expect: [/^Mem: +17179869184 /m] },
    { line: 'free -h', expect: [/^Mem: +16Gi /m, /Swap: +0B +0B +0B/] },
    { line: 'free --mebi', expect: [/^Mem: +16384 /m] },
    { line: 'free --bogus', expect: ["free: unrecognized option '--bogus'", 'Usage:'], exit: 1 },
    { line: 'free -j', expect: ["free: invalid option -- 'j'"], exit: 1 },
    {
      line: 'free | grep Mem | wc -w',
      expect: [/^7\n$/],
    },
    { line: 'grep MemTotal /proc/meminfo', expect: [/^MemTotal: +16777216 kB\n$/] },
    { line: 'cat /proc/meminfo', expect: [/^MemTotal: +\d+ kB$/m, /^MemFree: +\d+ kB$/m, /^MemAvailable: +\d+ kB$/m] },
    {
      line: '[ "$(free | grep Mem | grep -o "[0-9]*" | head -1)" = "$(grep MemTotal /proc/meminfo | grep -o "[0-9]*")" ] && echo agree',
      expect: ['agree\n'],
    },
    { line: 'df', expect: [/^Filesystem +1K-blocks +Used +Available +Use% +Mounted on\n/, / \/\n/] },
    { line: 'df -h', expect: [/^Filesystem +Size +Used +Avail +Use% +Mounted on\n/, /^\/dev\/\S+ +\d+G .* \/\n/m] },
    { line: 'df -k', expect: [/^Filesystem +1K-blocks/] },
    { line: 'df /', expect: [/^Filesystem +1K-blocks .*\n\/dev\/\S+ +\d+ +\d+ +\d+ +\d+% \/\n$/] },
    { line: 'df -h /tmp', expect: [/\n\/dev\/\S+ .* \/\n$/] },
    { line: 'df /proc', expect: [/\nproc +0 +0 +0 +- \/proc\n$/] },
    { line: 'df /nonexist', expect: [/^df: \/nonexist: No such file or directory\n$/], exit: 1 },
    { line: 'df / /nonexist', expect: ['df: /nonexist: No such file or directory', / \/\n/], exit: 1 },
    { line: 'df --bogus', expect: ["df: unrecognized option '--bogus'", "Try 'df --help'"], exit: 1 },
    { line: 'df -h | grep -c tmpfs', expect: [/^[1-9]\d*\n$/] },
  ],
};
export default group;
