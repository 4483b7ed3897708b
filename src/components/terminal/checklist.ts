import { plainText } from './inline-code';

/** One goal part as checkGoal reports it. */
export interface GoalPart {
  description: string;
  met: boolean;
  detail?: string;
}

/** Keeps the goal checklist in step with checkGoal and says what changed, for the live region. */
export class Checklist {
  private met: boolean[];

  constructor(private readonly list: HTMLOListElement | HTMLUListElement | null) {
    this.met = this.items().map((li) => li.dataset.met === 'true');
  }

  private items(): HTMLLIElement[] {
    return this.list ? [...this.list.querySelectorAll<HTMLLIElement>(':scope > li')] : [];
  }

  /** Updates every item's text status; returns the announcement for parts newly met, if any. */
  update(parts: readonly GoalPart[], done: boolean): string | undefined {
    const items = this.items();
    const newly: string[] = [];
    parts.forEach((part, i) => {
      const li = items[i];
      if (!li) return;
      li.dataset.met = String(part.met);
      li.querySelector('.il-status')!.textContent = part.met ? 'Done' : 'Not yet';
      const detail = li.querySelector('.il-detail');
      if (detail) detail.textContent = part.detail && !part.met ? part.detail : '';
      if (part.met && !this.met[i]) newly.push(plainText(part.description));
      this.met[i] = part.met;
    });
    if (newly.length === 0) return undefined;
    return done ? `Goal met: ${newly.join('; ')}. All done.` : `Goal met: ${newly.join('; ')}.`;
  }
}
