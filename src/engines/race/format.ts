/** How the race writes times and sizes for people. */

/** Simulated time as a log timestamp, `00:12.345` (minutes, seconds, ms), distinct from dmesg's own `[ 0.1234]`. */
export function formatStamp(ms: number): string {
  const total = Math.round(ms);
  const min = Math.floor(total / 60_000);
  const sec = ((total % 60_000) / 1000).toFixed(3).padStart(6, '0');
  return `${String(min).padStart(2, '0')}:${sec}`;
}

/** A duration for people: `850 ms`, `1.25 s`, `10.3 s`, `1 min 4.0 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  return `${Math.floor(ms / 60_000)} min ${((ms % 60_000) / 1000).toFixed(1)} s`;
}

/** A size for people: MiB below 1 GiB (one decimal under 10), GiB above. */
export function formatMiB(mib: number): string {
  if (mib >= 1024) return `${(mib / 1024).toFixed(1)} GiB`;
  return mib < 10 ? `${mib.toFixed(1)} MiB` : `${Math.round(mib)} MiB`;
}

/** Joins each number to its unit with a no-break space, so `10.3 s` never wraps between `10.3` and `s`. */
export function keepUnits(text: string): string {
  return text.replace(/(\d) (ms|s|min|MiB|GiB|MB)\b/g, '$1\u00a0$2');
}
