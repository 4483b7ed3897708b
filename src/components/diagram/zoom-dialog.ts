/** The Enlarge view's markup: a modal dialog titled like the figure, with a Close button and a scrolling body. */

/** The parts of a new Enlarge dialog that its opener fills and wires. */
export interface ZoomDialog {
  dialog: HTMLDialogElement;
  body: HTMLElement;
  /** Says the drawing scrolls; shown only when it is larger than the dialog. */
  hint: HTMLElement;
}

/** Builds a closed dialog named `title`; Esc, the Close button and a click on the backdrop all close it. */
export function buildZoomDialog(title: string, id: string): ZoomDialog {
  const dialog = document.createElement('dialog');
  // Starlight styles headings and spacing inside lesson content; the dialog has its own layout.
  dialog.className = 'il-diagram-dialog not-content';
  dialog.setAttribute('aria-labelledby', `${id}-title`);

  const heading = document.createElement('h2');
  heading.id = `${id}-title`;
  heading.textContent = title;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'il-button il-diagram-button';
  close.textContent = 'Close';
  close.autofocus = true;
  close.addEventListener('click', () => dialog.close());
  const bar = document.createElement('div');
  bar.className = 'il-diagram-dialog-bar';
  bar.append(heading, close);

  // Focusable, so keyboard users can scroll a drawing wider or taller than the screen with the arrow keys.
  const body = document.createElement('div');
  body.className = 'il-diagram-dialog-body';
  body.tabIndex = 0;
  body.setAttribute('role', 'region');
  body.setAttribute('aria-label', 'Diagram at full size');

  const hint = document.createElement('p');
  hint.className = 'il-diagram-dialog-hint';
  hint.textContent = 'Scroll to see the whole diagram.';
  hint.hidden = true;

  dialog.append(bar, hint, body);
  // A click on the backdrop lands on the dialog itself, never on its content.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  return { dialog, body, hint };
}
