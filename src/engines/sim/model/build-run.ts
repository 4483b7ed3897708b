/**
 * What a RUN step does to the image, in the terms the lessons use: packages it installs (and the package
 * lists `apt-get update` leaves behind unless the same RUN removes them), users it adds, the programs it
 * needs and the errors a real build meets (`apt-get install` without `update` on an official Debian image,
 * apt as a non-root USER, `pip install -r` before the COPY of the file, a tool the base image lacks). The
 * command itself is not executed: this reads its `&&`/`;` segments. Sizes and durations are representative.
 */

/** The build stage as RUN sees it. */
export interface RunStage {
  userland: 'gnu' | 'busybox' | 'scratch';
  osId: string;
  uid: number;
  workdir: string;
  hasFile: (path: string) => boolean;
  /** Programs beyond the userland: the base image's own (nginx, python3) and earlier RUN installs. */
  programs: Set<string>;
  aptLists: boolean;
  users: Record<string, number>;
  /** Programs `cp` copied into a bin directory (copy's name → the program it is), and those `chmod u+s` marked. */
  copies: Record<string, string>;
  setuid: string[];
}

/** The outcome of one RUN. */
export type RunResult =
  | { ok: true; ms: number; compressed: number; disk: number; installed: string[]; aptLists: boolean }
  | { ok: false; ms: number; log: string[]; exit: number };

/** Programs an official image does not ship unless a RUN installs them (or its own layers did). */
const OPTIONAL = ['python', 'python3', 'pip', 'pip3', 'node', 'npm', 'curl', 'git', 'gcc', 'make', 'nginx', 'redis-server', 'ps', 'ip']; // prettier-ignore
/** Which programs a package brings (Debian and Alpine package names the lessons meet). */
const PACKAGE_PROGRAMS: Record<string, string[]> = {
  procps: ['ps', 'free', 'top', 'pgrep', 'pkill'],
  iproute2: ['ip', 'ss'],
  'build-essential': ['gcc', 'make'],
  python3: ['python3'],
  'python3-pip': ['pip', 'pip3'],
  nodejs: ['node'],
  'busybox-extras': ['httpd'],
};

/** Representative sizes (bytes) and times (ms); FACTS has no figure for package or pip installs. */
const COST = {
  aptLists: { compressed: 4_500_000, disk: 19_000_000, ms: 2_400 },
  aptPackage: { compressed: 2_200_000, disk: 6_000_000, ms: 1_500 },
  pipPackage: { compressed: 1_400_000, disk: 4_000_000, ms: 1_200 },
  apkPackage: { compressed: 600_000, disk: 1_500_000, ms: 600 },
  small: { compressed: 120, disk: 1_000, ms: 200 },
} as const;

/** True when `prog` exists in the stage. */
function present(stage: RunStage, prog: string): boolean {
  const name = prog.split('/').pop() as string;
  if (stage.programs.has(name)) return true;
  if (prog.startsWith('/') || prog.startsWith('./'))
    return stage.hasFile(prog.startsWith('/') ? prog : `${stage.workdir}/${prog.slice(2)}`);
  if (OPTIONAL.includes(name)) return false;
  if (stage.userland === 'busybox')
    return (
      !['apt-get', 'apt', 'dpkg', 'useradd', 'groupadd'].includes(name) && !(name === 'apk' && stage.osId !== 'alpine')
    );
  // Debian's and Ubuntu's images have no wget (busybox userlands have it as an applet).
  return !['apk', 'wget'].includes(name);
}

/** Words of one segment, with leading `VAR=value` assignments dropped. */
function words(segment: string): string[] {
  const w = segment.trim().split(/\s+/).filter(Boolean);
  while (w.length && /^[A-Za-z_]\w*=/.test(w[0] as string)) w.shift();
  return w;
}

/** Operands of `apt-get install -y a b` / `apk add a b` / `pip install a`: the non-option words after `sub`. */
const operands = (w: string[], from: number) => w.slice(from).filter((x) => !x.startsWith('-'));

/** The next uid `useradd`/`adduser` gives: system accounts count down from 999, others up from 1000. */
function nextUid(users: Record<string, number>, system: boolean): number {
  const used = new Set(Object.values(users));
  let uid = system ? 999 : 1000;
  while (used.has(uid)) uid += system ? -1 : 1;
  return uid;
}

/** The program a path in a bin directory names (`/bin/sh` → sh), undefined elsewhere. */
function binName(path: string): string | undefined {
  const m = /^\/(?:usr\/)?(?:local\/)?s?bin\/([^/]+)$/.exec(path);
  return m?.[1];
}

/**
 * `cp /bin/sh /bin/rootsh` (a copy of a program under a new name) and `chmod u+s|4755 /bin/rootsh`
 * (chmod(1): `u+s` or a leading octal 4 sets the set-user-ID bit; `u-s` clears it): what the hardening
 * lesson's Dockerfile does. Other cp and chmod uses leave nothing the course models.
 */
function copyOrChmod(name: string, w: string[], copies: Record<string, string>, setuid: Set<string>): void {
  const ops = w.slice(1).filter((x) => !x.startsWith('-'));
  if (name === 'cp' && ops.length === 2) {
    const [from, to] = ops.map(binName);
    if (from !== undefined && to !== undefined) copies[to] = copies[from] ?? from;
    return;
  }
  const [mode = '', ...files] = ops;
  const set = /^[0-7]+$/.test(mode) ? (Number.parseInt(mode, 8) & 0o4000) !== 0 : mode === 'u+s' ? true : mode === 'u-s' ? false : undefined; // prettier-ignore
  if (set === undefined) return;
  for (const f of files) {
    const n = binName(f);
    if (n !== undefined && set) setuid.add(n);
    else if (n !== undefined) setuid.delete(n);
  }
}

/**
 * A RUN `chmod` that sets the set-group-ID bit (`g+s`, `+s`, `a+s`, a leading octal 2 or 6): a program
 * that would run with effective gid 0, which the course does not model (it models the set-user-ID bit only).
 */
export function setgidChmod(command: string): string | undefined {
  for (const segment of command.split(/&&|\|\||;|\||\n/)) {
    const [prog, ...rest] = words(segment);
    const mode = rest.find((x) => !x.startsWith('-'));
    if (prog?.split('/').pop() !== 'chmod' || mode === undefined) continue;
    const octal = /^[0-7]+$/.test(mode) && (Number.parseInt(mode, 8) & 0o2000) !== 0;
    // chmod(1): `s` with no who, or with g or a, sets the set-group-ID bit too.
    const symbolic = mode.split(',').some((c) => /^([ugoa]*)[+=][rwxXst]*s/.exec(c)?.[1]?.match(/^$|[ga]/));
    if (octal || symbolic) return `RUN chmod ${mode} (the set-group-ID bit)`;
  }
  return undefined;
}

/** Evaluates one RUN command line against the stage (mutating its users and apt lists on success). */
export function evaluateRun(stage: RunStage, command: string): RunResult {
  const log: string[] = [];
  const fail = (exit: number, ms: number = COST.small.ms): RunResult => ({ ok: false, ms, log, exit });
  const notFound = (prog: string) =>
    log.push(stage.userland === 'gnu' ? `/bin/sh: 1: ${prog}: not found` : `/bin/sh: ${prog}: not found`);
  let ms = 0;
  let compressed = 0;
  let disk = 0;
  let lists = stage.aptLists;
  let fetched = false;
  const installed: string[] = [];
  const users = { ...stage.users };
  const copies = { ...stage.copies };
  const setuid = new Set(stage.setuid);
  for (const segment of command.split(/&&|\|\||;|\||\n/)) {
    const w = words(segment);
    const prog = w[0];
    if (prog === undefined || ['set', 'export', 'cd', 'echo', 'true', ':', 'test', '[', 'printf', 'if', 'then', 'fi', 'do', 'done', 'for', 'else'].includes(prog)) continue; // prettier-ignore
    if (prog === 'false') return fail(1, ms);
    if (prog === 'exit')
      return Number(w[1] ?? 0)
        ? fail(Number(w[1]), ms)
        : { ok: true, ms, compressed, disk, installed, aptLists: lists };
    if (!present(stage, prog)) {
      notFound(prog);
      return fail(127, ms);
    }
    const name = prog.split('/').pop() as string;
    if ((name === 'apt-get' || name === 'apt') && stage.uid !== 0 && ['update', 'install'].includes(w[1] ?? '')) {
      log.push('E: List directory /var/lib/apt/lists/partial is missing. - Acquire (13: Permission denied)');
      return fail(100, ms);
    }
    if ((name === 'apt-get' || name === 'apt') && w[1] === 'update') {
      lists = fetched = true;
      ms += COST.aptLists.ms;
    } else if ((name === 'apt-get' || name === 'apt') && w[1] === 'install') {
      const pkgs = operands(w, 2);
      if (!lists) {
        log.push(
          'Reading package lists...',
          'Building dependency tree...',
          'Reading state information...',
          `E: Unable to locate package ${pkgs[0] ?? ''}`,
        );
        return fail(100, ms + 300);
      }
      if (!w.some((x) => ['-y', '--yes', '--assume-yes', '-qy', '-yq'].includes(x))) {
        log.push('Do you want to continue? [Y/n] Abort.');
        return fail(1, ms + 300);
      }
      installed.push(...pkgs);
      ms += 1000 + pkgs.length * COST.aptPackage.ms;
      compressed += pkgs.length * COST.aptPackage.compressed;
      disk += pkgs.length * COST.aptPackage.disk;
    } else if (name === 'rm' && /\/var\/lib\/apt\/lists/.test(segment)) lists = false;
    else if ((name === 'apt-get' || name === 'apt') && w[1] === 'dist-clean') lists = false;
    else if (name === 'apk' && w[1] === 'add') {
      const pkgs = operands(w, 2);
      installed.push(...pkgs);
      ms += 400 + pkgs.length * COST.apkPackage.ms;
      compressed += pkgs.length * COST.apkPackage.compressed;
      disk += pkgs.length * COST.apkPackage.disk;
    } else if ((name === 'pip' || name === 'pip3') && w[1] === 'install') {
      const r = w.indexOf('-r') >= 0 ? w[w.indexOf('-r') + 1] : undefined;
      if (r !== undefined && !stage.hasFile(r.startsWith('/') ? r : `${stage.workdir}/${r}`.replace(/\/+/g, '/'))) {
        log.push(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${r}'`);
        return fail(1, ms + 500);
      }
      const n = r !== undefined ? 3 : operands(w, 2).length;
      ms += 1000 + n * COST.pipPackage.ms;
      compressed += n * COST.pipPackage.compressed;
      disk += n * COST.pipPackage.disk;
    } else if (['useradd', 'adduser'].includes(name)) {
      const system = w.some((x) => ['-r', '--system', '-S'].includes(x));
      const u = w.indexOf('-u') >= 0 ? w.indexOf('-u') : w.indexOf('--uid');
      const user = w[w.length - 1] as string;
      users[user] = u >= 0 ? Number(w[u + 1]) : nextUid(users, system);
      disk += 4_500;
      compressed += 1_100;
    } else if (name === 'cp' || name === 'chmod') copyOrChmod(name, w, copies, setuid);
    ms += COST.small.ms;
  }
  if (fetched && lists) {
    compressed += COST.aptLists.compressed;
    disk += COST.aptLists.disk;
  }
  Object.assign(stage.users, users);
  Object.assign(stage.copies, copies);
  stage.setuid.splice(0, stage.setuid.length, ...setuid);
  compressed ||= COST.small.compressed;
  disk ||= COST.small.disk;
  return { ok: true, ms, compressed, disk, installed, aptLists: lists };
}

/** The programs a list of installed packages brings. */
export function programsOf(packages: string[]): string[] {
  return packages.flatMap((p) => PACKAGE_PROGRAMS[p] ?? [p.replace(/[=<>].*$/, '')]);
}
