/**
 * `<il-diagram-zoom>`, inside a diagram's figcaption: un-hides its Enlarge button while the diagram is drawn smaller
 * than its natural size, and opens the diagram at natural size in a modal dialog that scrolls.
 */
import { buildZoomDialog } from './zoom-dialog';

// Below this scale the figure is visibly shrunk; a diagram drawn (almost) at natural size gains nothing.
const SHRUNK = 0.98;

/** Whether `svg` is drawn narrower than the width it was rendered at (its `width` attribute). */
export function isShrunk(svg: SVGSVGElement): boolean {
  const natural = svg.width.baseVal.value;
  return natural > 0 && svg.getBoundingClientRect().width < natural * SHRUNK;
}

class DiagramZoom extends HTMLElement {
  #resize = new ResizeObserver(() => this.#update());
  #open = false;

  constructor() {
    super();
    this.addEventListener('click', (event) => {
      if ((event.target as Element).closest('.il-diagram-enlarge') && !this.#open) this.#show();
    });
  }

  connectedCallback() {
    const svg = this.#svg();
    if (svg) this.#resize.observe(svg);
  }

  disconnectedCallback() {
    this.#resize.disconnect();
  }

  #svg(): SVGSVGElement | null {
    return this.closest('figure')?.querySelector<SVGSVGElement>(':scope > svg') ?? null;
  }

  #update() {
    const svg = this.#svg();
    const button = this.querySelector<HTMLButtonElement>('.il-diagram-enlarge');
    // While the dialog is open the SVG sits in it at full size and would read as not shrunk; the figure behind
    // keeps its button, the place focus returns to.
    if (svg && button && !this.#open) button.hidden = !isShrunk(svg);
  }

  #show() {
    const figure = this.closest('figure');
    const svg = this.#svg();
    const button = this.querySelector<HTMLButtonElement>('.il-diagram-enlarge');
    if (!figure || !svg || !button) return;
    const title = figure.querySelector('.il-diagram-title')?.textContent ?? 'Diagram';
    const { dialog, body, hint } = buildZoomDialog(title, `${figure.getAttribute('aria-labelledby') ?? 'il-dg'}-zoom`);
    // The SVG itself moves into the dialog (a copy would repeat its ids); a placeholder of the same height keeps
    // the page behind from jumping.
    const placeholder = document.createElement('div');
    placeholder.style.height = `${svg.getBoundingClientRect().height}px`;
    svg.replaceWith(placeholder);
    body.append(svg);
    this.append(dialog);
    this.#open = true;
    dialog.addEventListener(
      'close',
      () => {
        placeholder.replaceWith(svg);
        dialog.remove();
        this.#open = false;
        this.#update();
        button.focus();
      },
      { once: true },
    );
    dialog.showModal();
    hint.hidden = body.scrollWidth <= body.clientWidth && body.scrollHeight <= body.clientHeight;
  }
}

if (!customElements.get('il-diagram-zoom')) customElements.define('il-diagram-zoom', DiagramZoom);
