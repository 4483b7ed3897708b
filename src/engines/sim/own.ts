/**
 * A table lookup by a key the learner typed. `table[key]` would also find what every object inherits,
 * so `docker constructor` or `{{.constructor}}` reached a JavaScript function; only the table's own
 * entries count.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
