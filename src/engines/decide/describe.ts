import type { AidRule, DecisionAid } from '../../schemas/decision-aid';

/** One rule as the no-JavaScript table shows it: in words, with outcome titles instead of ids. */
export interface RuleRow {
  id: string;
  /** "Trust: No: other tenants…", joined with " and " when a rule names several questions. */
  when: string;
  /** "Containers, Virtual machines", or "—". */
  rulesOut: string;
  /** "A sandboxed runtime or microVM +2, Virtual machines +1", or "—". */
  favours: string;
  reason: string;
  lessons: string[];
}

/** Describes each rule for readers: which answers trigger it, what it rules out and what it favours, by how much. */
export function describeRules(aid: DecisionAid): RuleRow[] {
  const title = new Map(aid.recommendations.map((r) => [r.id, r.title]));
  const question = new Map(aid.questions.map((q) => [q.id, q]));
  // The loader has checked that every rule names a real question and option.
  const answer = (q: string, option: string) => {
    const found = question.get(q)!;
    return `${found.short}: ${found.options.find((o) => o.id === option)!.label}`;
  };
  const orDash = (parts: string[]) => (parts.length ? parts.join(', ') : '—');
  return aid.rules.map((rule: AidRule) => ({
    id: rule.id,
    when: Object.entries(rule.when)
      .map(([q, option]) => answer(q, option))
      .join(' and '),
    rulesOut: orDash(rule.excludes.map((id) => title.get(id) ?? id)),
    favours: orDash(Object.entries(rule.favours).map(([id, w]) => `${title.get(id) ?? id} +${w}`)),
    reason: rule.reason,
    lessons: rule.lessons,
  }));
}
