/** virsh's tables and sizes, as tools/vsh-table.c and vshPrettyCapacity print them. */

/**
 * A table: each cell after a space, padded to its column's widest cell plus two spaces (the last cell is not
 * padded), and under the header a line of dashes as long as every column's width plus three (vshTablePrint).
 */
export function vshTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `${cells.map((c, i) => (i < cells.length - 1 ? ` ${c.padEnd(widths[i] ?? 0)}  ` : ` ${c}`)).join('')}\n`;
  return `${line(header)}${'-'.repeat(widths.reduce((s, w) => s + w + 3, 0))}\n${rows.map(line).join('')}`;
}

/** A byte count in the largest unit under 1024, with three decimals ("%-.3lf %s"): `2.000 GiB`, `0.000 B`. */
export function prettyCapacity(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(3)} ${units[u]}`;
}
