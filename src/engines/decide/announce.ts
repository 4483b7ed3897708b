/** The one sentence a screen reader hears when the recommendation changes (politely, after the learner's answer). */
export function announceDecision(title: string, reasons: number, caveats: number): string {
  const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    `Starting point: ${title}. ${counted(reasons, 'reason', 'reasons')}` +
    (caveats ? `, ${counted(caveats, 'more thing', 'more things')} to weigh.` : '.')
  );
}
