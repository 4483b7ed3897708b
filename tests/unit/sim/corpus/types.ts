/**
 * The fidelity corpus (issue 10, part 5): learner commands with what the real tool prints in
 * substance. One file per group, `<group>.corpus.ts`, whose default export is a `CorpusGroup`;
 * `../corpus.test.ts` finds every group file by itself, so adding a group needs no other edit.
 */
export interface CorpusRow {
  /** Lines run first, in the same session, whose output is not checked (pulls, runs, cd). */
  setup?: string[];
  /** The line under test. */
  line: string;
  /** Text or patterns the output must contain (all of them). Empty when only the status matters. */
  expect: (string | RegExp)[];
  /** Text or patterns the output must not contain. */
  not?: (string | RegExp)[];
  /** The exit status the real tool gives (0 when omitted, unless `notSimulated`). */
  exit?: number;
  /** The row asserts the course's honest "not simulated" answer (exit 126) instead of real output. */
  notSimulated?: true;
}

export interface CorpusGroup {
  /** Short name shown in the test titles and counted in the closing note, e.g. "host: processes". */
  group: string;
  /** Where the expected output comes from: man pages, the tool's docs (URLs or man page sections). */
  source: string;
  rows: CorpusRow[];
}
