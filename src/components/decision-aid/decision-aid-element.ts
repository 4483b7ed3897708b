import { announceDecision } from '../../engines/decide/announce';
import { decide, type DecisionRules } from '../../engines/decide/decide';

/** What DecisionAid.astro sends the browser: the rules without their prose (that is already in the page). */
export interface AidConfig extends DecisionRules {
  recommendations: Array<{ id: string; title: string }>;
}

/**
 * `<il-decision-aid>`: re-decides whenever an answer changes. All prose is rendered at build time; this only shows
 * the chosen outcome's block, moves each matched rule into "why" or "also weigh" (in rule order) and announces it.
 */
export class DecisionAidElement extends HTMLElement {
  private config!: AidConfig;

  connectedCallback(): void {
    this.config = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as AidConfig;
    this.querySelector('form')!.addEventListener('change', () => this.update(true));
    this.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    // A browser may restore earlier answers on back/forward navigation; show what the form really holds.
    this.update(false);
  }

  private answers(): Record<string, string> {
    const data = new FormData(this.querySelector('form')!);
    return Object.fromEntries([...data].map(([name, value]) => [name, String(value)]));
  }

  private update(announce: boolean): void {
    const d = decide(this.config, this.answers());
    for (const block of this.querySelectorAll<HTMLElement>('[data-outcome]'))
      block.hidden = block.dataset.outcome !== d.recommendation;
    const title = this.config.recommendations.find((r) => r.id === d.recommendation)!.title;
    this.querySelector('.il-aid-choice')!.textContent = title;
    const reasons = this.querySelector('.il-aid-reasons')!;
    const caveats = this.querySelector('.il-aid-caveats')!;
    const where = new Map<string, Element>([
      ...d.reasons.map((r) => [r.id, reasons] as const),
      ...d.caveats.map((r) => [r.id, caveats] as const),
    ]);
    // Appending in the rules' order keeps each list in that order; rules that did not match are hidden where they are.
    for (const rule of this.config.rules) {
      const item = this.querySelector<HTMLElement>(`[data-rule="${rule.id}"]`)!;
      const list = where.get(rule.id);
      item.hidden = !list;
      if (list) list.append(item);
    }
    this.querySelector<HTMLElement>('.il-aid-weigh')!.hidden = d.caveats.length === 0;
    if (announce)
      this.querySelector('.il-aid-live')!.textContent = announceDecision(title, d.reasons.length, d.caveats.length);
  }
}

customElements.define('il-decision-aid', DecisionAidElement);
