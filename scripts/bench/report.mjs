// The bench's table: each figure beside its budget, and every budget it misses flagged.

/** Rows of the table, in the order they were measured. */
const rows = [];

/**
 * Records one figure. `budget` is `{ max }` or `{ min }` in the figure's own unit; a figure with a budget that it
 * misses is flagged. `text` overrides how the value is printed (e.g. a page list).
 */
export function record(name, value, { unit = '', budget, text, note } = {}) {
  const missed =
    budget !== undefined &&
    typeof value === 'number' &&
    ((budget.max !== undefined && value > budget.max) || (budget.min !== undefined && value < budget.min));
  rows.push({ name, value, unit, budget, text, note, missed });
}

/** The budgets missed so far. */
export function misses() {
  return rows.filter((r) => r.missed);
}

const fmt = (value, unit) =>
  typeof value === 'number'
    ? `${Number.isInteger(value) ? value : value.toFixed(unit === 'ms' ? 1 : 2)} ${unit}`.trim()
    : String(value);

/** The whole table as text, with a MISSED mark on each row over budget. */
export function renderTable() {
  const width = Math.max(...rows.map((r) => r.name.length));
  const lines = ['', 'Isolation Lab benchmark', ''];
  for (const r of rows) {
    const shown = r.text ?? fmt(r.value, r.unit);
    const budget = r.budget
      ? `budget ${r.budget.max !== undefined ? '<=' : '>='} ${fmt(r.budget.max ?? r.budget.min, r.unit)}`
      : '';
    const mark = r.missed ? '  << MISSED' : '';
    const note = r.note ? `   ${r.note}` : '';
    lines.push(`${r.name.padEnd(width)}  ${shown.padStart(12)}${budget ? `   (${budget})` : ''}${mark}${note}`);
  }
  const missed = misses();
  lines.push(
    '',
    missed.length ? `${missed.length} budget(s) missed: ${missed.map((r) => r.name).join('; ')}` : 'All budgets met.',
  );
  return lines.join('\n');
}

/** The median of a list of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
