/** Formatting the way the real tools do it: Docker's decimal sizes, procps' binary sizes, aligned tables. */

/** Docker's size format (go-units HumanSize): decimal units, 3 significant digits, e.g. `8.3MB`, `10kB`. */
export function dockerSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${Number(v.toPrecision(3))}${units[u]}`;
}

/** Docker's binary size for memory (go-units BytesSize), e.g. `64MiB`, `15.62GiB`. */
export function dockerBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${Number(v.toFixed(2))}${units[u]}`;
}

/** procps `free -h` style: `15Gi`, `1.2Gi`, `512Mi` from KiB. */
export function freeHuman(kib: number): string {
  if (kib === 0) return '0B';
  const units = ['Ki', 'Mi', 'Gi', 'Ti'];
  let v = kib;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v < 10 && u > 0 ? v.toFixed(1) : Math.round(v)}${units[u]}`;
}

/**
 * go-units HumanDuration (docker/go-units duration.go), which `docker ps`, `docker images` and `docker ps -a` use:
 * whole seconds truncated, "1 second" singular, hours rounded, days/weeks/months/years by integer division.
 */
export function duration(ms: number): string {
  const seconds = Math.trunc(Math.max(0, ms) / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(Math.max(0, ms) / 3_600_000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.max(0, ms) / 3_600_000 / 24 / 365)} years`;
}

/** Docker's "x ago" for CREATED columns: HumanDuration + " ago". */
export function ago(ms: number): string {
  return `${duration(ms)} ago`;
}

/** Left-aligned columns separated by `gap` spaces, like Docker's tabwriter tables. */
export function table(rows: string[][], gap = 3): string {
  const widths: number[] = [];
  for (const r of rows)
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, c.length);
    });
  return (
    rows
      .map((r) =>
        r
          .map((c, i) => (i === r.length - 1 ? c : c.padEnd((widths[i] ?? 0) + gap)))
          .join('')
          .trimEnd(),
      )
      .join('\n') + (rows.length ? '\n' : '')
  );
}

/** Parses Docker/stress sizes: `64m`, `256M`, `1g`, `512k`, `100` (bytes). Returns NaN when invalid. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)i?b?$/i.exec(text.trim());
  if (!m) return NaN;
  const mult: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
  return Math.round(Number(m[1]) * (mult[(m[2] ?? '').toLowerCase()] ?? NaN));
}

/** A wall-clock timestamp (UTC) for the simulated time. */
export function isoAt(epochMs: number, clockMs: number): string {
  return new Date(epochMs + clockMs).toISOString().replace(/\.\d{3}Z$/, (z) => `${z.slice(0, 4)}000000Z`);
}
