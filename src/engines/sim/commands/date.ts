/** `date`: prints the simulated clock (always UTC here); setting it needs CAP_SYS_TIME. */
import type { Command, Ctx } from '../shell/types';
import { viewOf } from '../shell/view';
import { holds } from './caps-held';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** GNU date's options (BusyBox's are a subset, plus -D). */
const SPEC: OptSpec = {
  flags: { '-u': 'u', '--utc': 'u', '--universal': 'u', '-R': 'R', '--rfc-email': 'R' },
  values: { '-s': 's', '--set': 's' },
  unsimulated: [
    '-d',
    '--date',
    '-f',
    '--file',
    '-r',
    '--reference',
    '-I',
    '--iso-8601',
    '--rfc-3339',
    '--debug',
    '--resolution',
    '-D',
    '--help',
    '--version',
  ],
};

/** GNU date directives this course does not produce (nanoseconds, week numbers, locale formats…). */
const UNMODELLED = 'NUVWGgCklPrxXcEOq:#^_-0';
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** strftime for the directives below, in UTC; `missing` names the first directive not modelled. */
export function formatDate(d: Date, fmt: string): { text: string } | { missing: string } {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const hour12 = d.getUTCHours() % 12 || 12;
  const yday = Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
  const one: Record<string, () => string> = {
    Y: () => String(d.getUTCFullYear()),
    y: () => p2(d.getUTCFullYear() % 100),
    m: () => p2(d.getUTCMonth() + 1),
    d: () => p2(d.getUTCDate()),
    e: () => String(d.getUTCDate()).padStart(2),
    H: () => p2(d.getUTCHours()),
    I: () => p2(hour12),
    M: () => p2(d.getUTCMinutes()),
    S: () => p2(d.getUTCSeconds()),
    p: () => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
    s: () => String(Math.floor(d.getTime() / 1000)),
    j: () => String(yday).padStart(3, '0'),
    a: () => (DAYS[d.getUTCDay()] as string).slice(0, 3),
    A: () => DAYS[d.getUTCDay()] as string,
    b: () => (MONTHS[d.getUTCMonth()] as string).slice(0, 3),
    h: () => (MONTHS[d.getUTCMonth()] as string).slice(0, 3),
    B: () => MONTHS[d.getUTCMonth()] as string,
    u: () => String(d.getUTCDay() || 7),
    w: () => String(d.getUTCDay()),
    Z: () => 'UTC',
    z: () => '+0000',
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  const alias: Record<string, string> = { F: 'Y-m-d', T: 'H:M:S', D: 'm/d/y', R: 'H:M' };
  for (const [k, v] of Object.entries(alias)) one[k] = () => v.replace(/[A-Za-z]/g, (x) => (one[x] as () => string)());
  let missing: string | undefined;
  // GNU date prints an unknown directive as it is; the real ones not listed above are named.
  const text = fmt.replace(/%(.?)/g, (m, k: string) => {
    const f = one[k];
    if (!f && k !== '' && UNMODELLED.includes(k)) missing ??= m;
    return f ? f() : m;
  });
  return missing ? { missing } : { text };
}

/** `date [-u] [-R] [+FORMAT] | -s TIME`. */
export const date: Command = {
  name: 'date',
  usage: 'date [-u] [-R] [+FORMAT] | -s TIME',
  summary: 'print or set the date',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
    const p = parseOpts(argv.slice(1), SPEC);
    const bad = optionError(ctx, 'date', p, { busybox });
    if (bad !== null) return bad;
    const operand = p.args[0];
    if (p.opts.s !== undefined || (operand !== undefined && !operand.startsWith('+')))
      return setClock(ctx, busybox, p.opts.s === undefined ? undefined : String(p.opts.s));
    const now = new Date(ctx.sim.state.epochMs + ctx.sim.state.clockMs);
    const fmt = operand?.slice(1) ?? (p.opts.R ? '%a, %d %b %Y %H:%M:%S %z' : '%a %b %e %H:%M:%S %Z %Y');
    const res = formatDate(now, fmt);
    if ('missing' in res) return notSimulated(ctx, `date +${res.missing}`);
    ctx.out(`${res.text}\n`);
    return 0;
  },
};

/**
 * `date -s TIME` needs CAP_SYS_TIME. The clock is not namespaced: a container that holds the capability
 * (`--privileged`, `--cap-add SYS_TIME`) sets the host's own clock, as the host then sees.
 */
function setClock(ctx: Ctx, busybox: boolean, value: string | undefined): number {
  if (!holds(ctx, 'SYS_TIME')) {
    ctx.err(
      busybox ? "date: can't set date: Operation not permitted\n" : 'date: cannot set date: Operation not permitted\n',
    );
    return 1;
  }
  if (value === undefined) return notSimulated(ctx, 'date MMDDhhmm[[CC]YY][.ss] (setting the clock from an operand)');
  const state = ctx.sim.state;
  const now = state.epochMs + state.clockMs;
  const target = parseTime(value, now);
  // GNU date reads many more forms ("tomorrow", "next Friday"); BusyBox only numeric ones.
  if (target === undefined && !busybox) return notSimulated(ctx, `date -s '${value}' (this form of TIME)`);
  if (target === undefined) {
    ctx.err(`date: invalid date '${value}'\n`);
    return 1;
  }
  state.epochMs += target - now;
  const res = formatDate(new Date(target), '%a %b %e %H:%M:%S %Z %Y');
  ctx.out('text' in res ? `${res.text}\n` : '');
  return 0;
}

/** The TIME forms of `date -s` modelled here (UTC): `YYYY-MM-DD [HH:MM[:SS]]`, `HH:MM[:SS]` today, `@SECONDS`. */
function parseTime(value: string, nowMs: number): number | undefined {
  const v = value.trim();
  const epoch = /^@(\d+)$/.exec(v);
  if (epoch) return Number(epoch[1]) * 1000;
  const full = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(v);
  const day = new Date(nowMs);
  const [y, mo, d, h, mi, sec] = full
    ? full.slice(1).map((x) => Number(x ?? 0))
    : clock
      ? [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), ...clock.slice(1).map((x) => Number(x ?? 0))]
      : [];
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || (h ?? 0) > 23 || (mi ?? 0) > 59 || (sec ?? 0) > 60) return undefined;
  return Date.UTC(y, mo - 1, d, h ?? 0, mi ?? 0, sec ?? 0);
}
