/** `ip netns add|list|delete|exec`: named network namespaces, as ip-netns(8) manages them under /var/run/netns. */
import { newNsInode } from '../model/procs';
import type { Ctx } from '../shell/types';
import { holds } from './caps-held';
import { notSimulated } from './honesty';

const VERBS = ['list', 'add', 'attach', 'set', 'delete', 'identify', 'pids', 'exec', 'monitor', 'list-id', 'help'];
const prefixOf = (word: string, full: string) => word !== '' && full.startsWith(word);

/**
 * Runs one `ip netns` verb. `ip netns exec NAME ip …` runs ip inside the namespace through `runIp`;
 * any other program there is not modelled (this course's processes carry no named namespace).
 */
export function netns(ctx: Ctx, rest: string[], runIp: (argv: string[], ns: string) => number): number {
  const s = ctx.sim.state;
  const word = rest[0] ?? 'list';
  const verb = VERBS.find((v) => prefixOf(word, v));
  if (!verb) {
    ctx.err(`Command "${word}" is unknown, try "ip netns help".\n`);
    return 255;
  }
  const name = rest[1];
  if (verb === 'list') {
    // A namespace gets an id (shown as `(id: N)`) once a link in the host's namespace points at it.
    const ids = [...new Set(s.userLinks.filter((l) => l.netns).map((l) => l.netns))];
    ctx.out(
      [...s.namedNetns]
        .reverse()
        .map((n) => `${n.name}${ids.includes(n.name) ? ` (id: ${ids.indexOf(n.name)})` : ''}\n`)
        .join(''),
    );
    return 0;
  }
  if (!['add', 'delete', 'exec'].includes(verb)) return notSimulated(ctx, `ip netns ${verb}`);
  if (!name) {
    ctx.err(`No netns name specified\n`);
    return 255;
  }
  if (!holds(ctx, 'SYS_ADMIN')) {
    ctx.err(
      verb === 'add'
        ? `mkdir /var/run/netns failed: Permission denied\n`
        : verb === 'delete'
          ? `Cannot remove namespace file "/var/run/netns/${name}": Permission denied\n`
          : `setting the network namespace "${name}" failed: Operation not permitted\n`,
    );
    return 1;
  }
  const have = s.namedNetns.find((n) => n.name === name);
  if (verb === 'add') {
    if (have) {
      ctx.err(`Cannot create namespace file "/var/run/netns/${name}": File exists\n`);
      return 1;
    }
    s.namedNetns.push({ name, inode: newNsInode(s), loUp: false });
    return 0;
  }
  if (!have) {
    ctx.err(
      verb === 'delete'
        ? `Cannot remove namespace file "/var/run/netns/${name}": No such file or directory\n`
        : `Cannot open network namespace "${name}": No such file or directory\n`,
    );
    return 1;
  }
  if (verb === 'delete') {
    // Its interfaces go with it; a veth's other end, wherever it is, goes too.
    const gone = s.userLinks.filter((l) => l.netns === name);
    const peers = new Set(gone.map((l) => l.peer));
    s.userLinks = s.userLinks.filter((l) => l.netns !== name && !peers.has(l.index));
    s.namedNetns = s.namedNetns.filter((n) => n !== have);
    return 0;
  }
  const cmd = rest.slice(2);
  if (cmd[0] === 'ip') return runIp(cmd, name);
  if (!cmd.length) {
    ctx.err('No command specified\n');
    return 255;
  }
  return notSimulated(
    ctx,
    `ip netns exec ${name} ${cmd[0]}`,
    undefined,
    'only ip itself is modelled inside a named network namespace',
  );
}
