// The runtime of a SCORM package's page (bundled by src/exports/scorm-runtime.ts): the course's own quiz element,
// plus a bridge that reports each finished attempt to the LMS. With no LMS, or one that answers with errors, the
// quiz works exactly as on the public site: the bridge only ever adds calls, and none of them can throw.
import {
  bestOf,
  decodeResume,
  encodeResume,
  exitValue,
  resultValues,
  sessionTime,
  startValue,
  statusElement,
  SUSPEND_DATA,
  type Result,
} from '../../engines/exports/scorm/cmi';
import { findApi, type WindowLike } from '../../engines/exports/scorm/find-api';
import { openSession, type LmsSession } from '../../engines/exports/scorm/lms';
import type { ScormPageConfig } from '../../engines/exports/scorm/page';
import { loadRun, saveRun } from '../quiz/progress';
import { courseStore, keepProgressInLms } from './scorm-store';

/**
 * Says so when an LMS is there but did not take the result: the learner still sees their score, and knows to tell
 * the teacher. With no LMS at all nothing is said, exactly as on the public site.
 */
function tell(session: LmsSession): void {
  const out = document.querySelector('.il-scorm-lms');
  const code = /error (\w+)/.exec(session.errors.at(-1) ?? '')?.[1];
  if (out)
    out.textContent = `Your LMS did not accept this quiz’s results${code ? ` (error ${code})` : ''}: your score is shown here, but it may not reach your gradebook. Tell your teacher.`;
}

/** Starts the session, restores the open attempt, and reports results as the quiz records them. */
function connect(config: ScormPageConfig): LmsSession {
  const { version, quizId } = config;
  const started = Date.now();
  const session = openSession(findApi(window as unknown as WindowLike, version), version);
  const resume = decodeResume(session.get(SUSPEND_DATA));
  let best: Result | undefined = resume.best;
  // The quiz reopens the attempt the LMS kept (same questions, same order); with an LMS, only the LMS's counts.
  if (resume.run) saveRun(quizId, resume.run);
  else if (session.connected) saveRun(quizId, undefined);
  const start = startValue(version, session.get(statusElement(version)));
  if (start) session.set(...start);
  session.commit();
  if (session.found && !session.connected) tell(session);

  const save = () => session.set(SUSPEND_DATA, encodeResume(version, { best, run: loadRun(quizId) }));
  if (session.connected) keepProgressInLms();
  const store = courseStore();
  if (session.connected && best) store.recordAttempt(quizId, best); // "Your best" as the LMS has it
  let seen = store.snapshot().quizzes[quizId]?.attemptCount ?? 0;
  store.subscribe((progress) => {
    const record = progress.quizzes[quizId];
    const last = record?.attempts.at(-1);
    if (!record || record.attemptCount <= seen || !last) return;
    seen = record.attemptCount;
    best = bestOf(best, last);
    const sent = resultValues(version, best).map(([element, value]) => session.set(element, value));
    if (!sent.every(Boolean) || !save() || !session.commit()) tell(session);
  });

  let finished = false;
  const finish = () => {
    if (finished || !session.connected) return;
    finished = true;
    save();
    session.set(...exitValue(version, loadRun(quizId) !== undefined));
    session.set(...sessionTime(version, Date.now() - started));
    session.commit();
    session.finish();
  };
  addEventListener('pagehide', finish);
  addEventListener('beforeunload', finish);
  return session;
}

const config = JSON.parse(document.getElementById('il-scorm')?.textContent ?? '{}') as ScormPageConfig;
// Lab questions need the course's simulated terminal, which the package does not carry.
for (const fs of document.querySelectorAll('fieldset.ilq-q[data-type="TerminalTask"]')) fs.remove();
const session = connect(config);
(window as unknown as { ilScorm?: LmsSession }).ilScorm = session; // for the package's own tests
void import('../quiz/quiz-element');
