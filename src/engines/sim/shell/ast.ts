/**
 * The syntax tree of a shell line, named after the grammar of POSIX.1-2024 XCU 2.10 ("Shell Grammar"):
 * a list of and-or lists of pipelines of simple or compound commands.
 */

/** `${NAME op arg}`: the operators of XCU 2.6.2 ("Parameter Expansion") plus bash's `/` and `:off:len`. */
export type ParamOp =
  ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | '#' | '##' | '%' | '%%' | '/' | '//' | 'length' | 'substring';

/** A piece of a word. `quoted` parts are not split into fields and their `*` `?` `[` do not glob. */
export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; op: ParamOp | null; arg?: Word; arg2?: Word; quoted: boolean }
  /** `${…}` bash cannot read; an error only when expanded, as in bash (`bad substitution`). */
  | { kind: 'bad'; text: string; quoted: boolean; unsupported?: string }
  | { kind: 'cmdsub'; body: List; quoted: boolean }
  | { kind: 'arith'; expr: Word; quoted: boolean }
  /** `~` (the user's home) or `~name` (that user's). */
  | { kind: 'tilde'; user?: string };

/** One shell word before expansion. */
export interface Word {
  parts: WordPart[];
}

/** A redirection: `[fd]>file`, `>>`, `<`, `>&2`, `2>&1`, `&>file`. */
export interface Redirect {
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>';
  target: Word;
  /** The target as written, for bash's `ambiguous redirect`. */
  raw: string;
}

/** `NAME=value` before a command (or alone). */
export interface Assign {
  name: string;
  value: Word;
}

/** A command of the grammar: simple, or one of the compound commands the simulator runs. */
export type Command =
  | { type: 'simple'; assigns: Assign[]; words: Word[]; redirects: Redirect[] }
  | { type: 'for'; name: string; items: Word[] | null; body: List; redirects: Redirect[] }
  | { type: 'if'; clauses: Array<{ cond: List; body: List }>; otherwise: List | null; redirects: Redirect[] }
  | { type: 'loop'; until: boolean; cond: List; body: List; redirects: Redirect[] }
  | { type: 'group'; subshell: boolean; body: List; redirects: Redirect[] };

/** `[!] cmd | cmd …`; `pipeStderr` marks bash's `|&` after a command. */
export interface Pipeline {
  bang: boolean;
  commands: Command[];
  pipeStderr: boolean[];
  /** bash's `time [-p]` before it: report the pipeline's real, user and sys time (`-p`: POSIX format). */
  timed?: { posix: boolean };
}

/** `pipeline && pipeline || pipeline`. */
export interface AndOr {
  first: Pipeline;
  rest: Array<{ op: '&&' | '||'; pipeline: Pipeline }>;
  background: boolean;
}

/** A sequence of and-or lists separated by `;`, `&` or newlines. */
export type List = AndOr[];
