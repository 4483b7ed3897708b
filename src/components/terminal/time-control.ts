/**
 * The terminal's time control: waits play in real time unless the learner fast-forwards. Native radio buttons, so
 * the keyboard (arrow keys) and screen readers (checked state) work as everywhere; each change is also announced.
 * Under prefers-reduced-motion output appears at once until the learner picks a speed (then their choice holds).
 */

/** Simulated ms per real ms for each choice; Infinity shows output at once. */
const SPEEDS: Record<string, number> = { real: 1, x10: 10, instant: Infinity };

const SPOKEN: Record<string, string> = {
  real: 'Time: real. Commands take as long as they would on a real machine.',
  x10: 'Time: ×10. Commands take a tenth of their real time.',
  instant: 'Time: instant. Output appears at once.',
};

/** A mounted control: the speed chosen now. */
export interface TimeControl {
  speed(): number;
  dispose(): void;
}

/** Wires the `.il-time` fieldset in `el`; `onChange` runs after each change of speed. */
export function mountTimeControl(
  el: HTMLElement,
  opts: { reducedMotion(): boolean; onChange(): void; announce(text: string): void },
): TimeControl {
  const box = el.querySelector<HTMLFieldSetElement>('.il-time');
  const radios = [...(box?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
  let chosen = false;
  const pick = (value: string): void => {
    for (const r of radios) r.checked = r.value === value;
    if (box) box.dataset.speed = value;
  };
  pick(opts.reducedMotion() ? 'instant' : 'real');
  box?.removeAttribute('hidden');
  const onInput = (ev: Event): void => {
    const value = (ev.target as HTMLInputElement).value;
    chosen = true;
    pick(value);
    opts.announce(SPOKEN[value] ?? '');
    opts.onChange();
  };
  box?.addEventListener('change', onInput);
  return {
    speed: () => {
      // Until the learner chooses, reduced motion decides (it may change while the page is open).
      if (!chosen) pick(opts.reducedMotion() ? 'instant' : 'real');
      return SPEEDS[box?.dataset.speed ?? 'real'] ?? 1;
    },
    dispose: () => box?.removeEventListener('change', onInput),
  };
}
