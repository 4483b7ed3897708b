/**
 * Up/Down navigation over the session's history. The line being typed is kept as a draft, so
 * going up and back down returns it, as in bash.
 */
export class HistoryCursor {
  /** Position in `entries()`; equal to its length when showing the draft. */
  private index: number | undefined;
  private draft = '';

  constructor(private readonly entries: () => readonly string[]) {}

  /** The older entry to show for Up, or undefined at the oldest one. */
  up(current: string): string | undefined {
    const list = this.entries();
    const index = this.index ?? list.length;
    if (index === 0) return undefined;
    if (index === list.length) this.draft = current;
    this.index = index - 1;
    return list[this.index];
  }

  /** The newer entry (or the draft) to show for Down, or undefined when already on the draft. */
  down(): string | undefined {
    const list = this.entries();
    if (this.index === undefined || this.index >= list.length) return undefined;
    this.index += 1;
    return this.index === list.length ? this.draft : list[this.index];
  }

  /** Forgets the position and draft once a line has been run or abandoned. */
  reset(): void {
    this.index = undefined;
    this.draft = '';
  }
}
