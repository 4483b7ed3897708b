/** Short (12-hex) form of an id, as tables show it. */
export function short(id: string): string {
  return id.slice(0, 12);
}
