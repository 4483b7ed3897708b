/** What `time` prints: bash's keyword, its `-p` (POSIX) format, and BusyBox's applet, from simulated time. */

/** Elapsed simulated milliseconds, and CPU time as far as the simulator can say. */
export interface Times {
  realMs: number;
  userMs: number;
  sysMs: number;
}

/**
 * Times for `realMs` of simulated time. CPU time is not modelled: what takes time here mostly waits (sleep, a pull,
 * a boot, a stop's grace period), and a waiting process uses next to none, so user and sys show a representative
 * millisecond each (bash shows about that for `time sleep 2`), and zero when nothing ran for any time.
 */
export function timesOf(realMs: number): Times {
  const cpu = Math.min(realMs, 1);
  return { realMs, userMs: cpu, sysMs: cpu };
}

/** bash's default TIMEFORMAT (`\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS`), or `-p`'s `real 2.00`. */
export function bashReport(t: Times, posix: boolean): string {
  if (posix) return `real ${sec(t.realMs)}\nuser ${sec(t.userMs)}\nsys ${sec(t.sysMs)}\n`;
  const long = (ms: number) => `${Math.floor(ms / 60000)}m${((ms % 60000) / 1000).toFixed(3)}s`;
  return `\nreal\t${long(t.realMs)}\nuser\t${long(t.userMs)}\nsys\t${long(t.sysMs)}\n`;
}

/** BusyBox's `time` applet: `real\t0m 2.00s`. */
export function busyboxReport(t: Times): string {
  const ash = (ms: number) => `${Math.floor(ms / 60000)}m ${((ms % 60000) / 1000).toFixed(2)}s`;
  return `real\t${ash(t.realMs)}\nuser\t${ash(t.userMs)}\nsys\t${ash(t.sysMs)}\n`;
}

const sec = (ms: number): string => (ms / 1000).toFixed(2);
