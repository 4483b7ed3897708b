import type { AidRule, DecisionAid } from '../../schemas/decision-aid';

/** What deciding needs of a rule; the page sends only this much to the browser. */
export type RuleCore = Pick<AidRule, 'id' | 'when' | 'excludes' | 'favours'>;

/** What deciding needs of the aid: outcomes in tie-break order and the rules. */
export interface DecisionRules<R extends RuleCore = RuleCore> {
  recommendations: ReadonlyArray<{ id: string }>;
  rules: readonly R[];
}

/** The learner's answers: question id → option id. */
export type Answers = Readonly<Record<string, string>>;

/** What the aid recommends for one set of answers, and why. */
export interface Decision<R extends RuleCore = AidRule> {
  /** Id of the one recommended outcome. */
  recommendation: string;
  /** Rules that matched and support it: they favour it, rule other outcomes out, or apply whatever is chosen. */
  reasons: R[];
  /** Rules that matched but pull towards another outcome: worth weighing before following the advice. */
  caveats: R[];
  /** Outcome id → summed weight of the matched rules (ruled-out outcomes are absent). */
  scores: Record<string, number>;
}

/** True when every question the rule names has the answer it names. */
export function ruleMatches(rule: RuleCore, answers: Answers): boolean {
  return Object.entries(rule.when).every(([question, option]) => answers[question] === option);
}

/** The first option of every question: what the form shows before the learner touches it. */
export function defaultAnswers(aid: Pick<DecisionAid, 'questions'>): Record<string, string> {
  return Object.fromEntries(aid.questions.map((q) => [q.id, q.options[0]!.id]));
}

/**
 * Decides: matched rules first rule outcomes out (hard limits), then the highest summed weight among the rest wins;
 * ties go to the outcome listed first. Throws when the rules leave nothing, which the loader's check prevents.
 */
export function decide<R extends RuleCore>(aid: DecisionRules<R>, answers: Answers): Decision<R> {
  const matched = aid.rules.filter((r) => ruleMatches(r, answers));
  const excluded = new Set(matched.flatMap((r) => r.excludes));
  const scores: Record<string, number> = {};
  for (const rec of aid.recommendations) if (!excluded.has(rec.id)) scores[rec.id] = 0;
  for (const rule of matched)
    for (const [id, weight] of Object.entries(rule.favours)) if (id in scores) scores[id]! += weight;
  let best: string | undefined;
  for (const id of Object.keys(scores)) if (best === undefined || scores[id]! > scores[best]!) best = id;
  if (best === undefined) throw new Error(`the rules rule out every outcome for ${JSON.stringify(answers)}`);
  // The chosen outcome is never among a matched rule's exclusions, so any exclusion ruled out a rival.
  const supports = (r: R) => r.excludes.length > 0 || (r.favours[best] ?? 0) > 0 || Object.keys(r.favours).length === 0;
  return {
    recommendation: best,
    reasons: matched.filter(supports),
    caveats: matched.filter((r) => !supports(r)),
    scores,
  };
}
