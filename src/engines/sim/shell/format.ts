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

/** Docker's "x ago" for CREATED columns (go-units HumanDuration). */
export function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 1) return 'Less than a second ago';
  if (s < 60) return `${s} seconds ago`;
  const m = Math.round(s / 60);
  if (m < 60) return m === 1 ? 'About a minute ago' : `${m} minutes ago`;
  const h = Math.round(m / 60);
  if (h < 48) return h === 1 ? 'About an hour ago' : `${h} hours ago`;
  const d = Math.round(h / 24);
  if (d < 14) return `${d} days ago`;
  if (d < 60) return `${Math.round(d / 7)} weeks ago`;
  return `${Math.round(d / 30)} months ago`;
}

/** Docker's "Up 5 seconds" / "Exited (0) 3 seconds ago" durations (without "ago"). */
export function duration(ms: number): string {
  return ago(ms).replace(/ ago$/, '');
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
