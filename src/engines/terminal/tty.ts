/** Where the line editor sends terminal output; the xterm adapter implements it, tests use a fake. */
export interface Output {
  /** Writes raw text (may hold escape sequences) without a newline. */
  write(text: string): void;
  /** Writes text followed by a newline (CR LF, as a terminal expects). */
  println(text: string): void;
}
