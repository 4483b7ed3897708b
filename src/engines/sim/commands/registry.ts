/** Every command, looked up by name: dispatch is one Map lookup, never a chain of regexes. */
import type { Command } from '../shell/types';
import { cat } from './cat';
import { clear } from './clear';
import { df } from './df';
import { docker } from './docker';
import { echo } from './echo';
import { exit } from './exit';
import { free } from './free';
import { createHelp } from './help';
import { history } from './history';
import { httpd } from './httpd';
import { nginx } from './nginx';
import { sed } from './sed';
import { hostname, whoami } from './identity';
import { id } from './id';
import { ip } from './ip';
import { iptables } from './iptables';
import { ping } from './ping';
import { logout } from './logout';
import { ls } from './ls';
import { lsmod } from './lsmod';
import { lsns } from './lsns';
import { mount } from './mount';
import { date } from './date';
import { dmesg } from './dmesg';
import { createEnv } from './env';
import { reboot } from './privileged-ops';
import { ps } from './ps';
import { createShell, hello } from './sh';
import { cd, colon, falseCmd, pwd, trueCmd } from './simple-builtins';
import { jobs, wait } from './jobs';
import { kill } from './kill';
import { rmdir } from './rmdir';
import { printf } from './printf';
import { read } from './read';
import { readlink } from './readlink';
import { dot, evalCmd, source } from './source';
import { bracket, test } from './test';
import { createCommand, createType, createWhich } from './type';
import { exportCmd, unset } from './vars';
import { sleep } from './sleep';
import { systemdAnalyze } from './systemd-analyze';
import { stress } from './stress';
import { grep, head, tail, wc } from './text-tools';
import { mkdir, rm, touch } from './files';
import { createSudo } from './sudo';
import { time } from './time';
import { uname } from './uname';
import { createUnshare } from './unshare';
import { createNsenter } from './nsenter';
import { createChroot } from './chroot';
import { tar } from './tar';
import { virsh } from './virsh';
import { virtClone } from './virt-clone';
import { wget } from './wget';

/** `env` and `sudo` run other commands: they get the table as a lookup, not an import. */
const env = createEnv((name) => COMMANDS.get(name));
const sudo = createSudo((name) => COMMANDS.get(name));
const type = createType((name) => COMMANDS.get(name));
const which = createWhich((name) => COMMANDS.get(name));
const command = createCommand((name) => COMMANDS.get(name));
const unshare = createUnshare((name) => COMMANDS.get(name));
const nsenter = createNsenter((name) => COMMANDS.get(name));
const chroot = createChroot((name) => COMMANDS.get(name));

const list: Command[] = [
  dot,
  colon,
  bracket,
  cat,
  cd,
  chroot,
  clear,
  command,
  date,
  df,
  dmesg,
  docker,
  echo,
  env,
  evalCmd,
  exit,
  exportCmd,
  falseCmd,
  free,
  grep,
  head,
  hello,
  history,
  hostname,
  httpd,
  nginx,
  sed,
  id,
  ip,
  iptables,
  ping,
  jobs,
  kill,
  logout,
  ls,
  lsmod,
  lsns,
  mkdir,
  mount,
  nsenter,
  printf,
  ps,
  pwd,
  read,
  readlink,
  reboot,
  rm,
  rmdir,
  sleep,
  source,
  stress,
  sudo,
  systemdAnalyze,
  tail,
  tar,
  test,
  time,
  touch,
  trueCmd,
  type,
  uname,
  unset,
  unshare,
  virsh,
  virtClone,
  wait,
  wc,
  wget,
  which,
  whoami,
  createShell('sh'),
  createShell('bash'),
  createShell('ash'),
];

/** The command table, by name. */
export const COMMANDS = new Map<string, Command>([...list, createHelp(() => list)].map((c) => [c.name, c]));
