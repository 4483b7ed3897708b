/** What a confirmation asks: a heading, the details, and the words on the button that does it. */
export interface ConfirmRequest {
  title: string;
  text: string;
  confirm: string;
}

/**
 * Asks in the page's modal `<dialog class="il-confirm">` (the same pattern as the quiz's "submit anyway?"): focus
 * stays inside it, starts on "Cancel" (the choice that loses nothing), Esc cancels, and focus returns to `opener`.
 * Resolves true only when the learner pressed the confirming button.
 */
export function askToConfirm(
  dialog: HTMLDialogElement,
  request: ConfirmRequest,
  opener: HTMLElement,
): Promise<boolean> {
  (dialog.querySelector('.il-confirm-title') as HTMLElement).textContent = request.title;
  (dialog.querySelector('.il-confirm-text') as HTMLElement).textContent = request.text;
  const yes = dialog.querySelector('.il-confirm-yes') as HTMLButtonElement;
  const no = dialog.querySelector('.il-confirm-no') as HTMLButtonElement;
  yes.textContent = request.confirm;
  return new Promise((resolve) => {
    const finish = (answer: boolean) => {
      yes.onclick = no.onclick = dialog.onclose = null;
      if (dialog.open) dialog.close();
      opener.focus();
      resolve(answer);
    };
    yes.onclick = () => finish(true);
    no.onclick = () => finish(false);
    dialog.onclose = () => finish(false); // Esc
    dialog.showModal();
    no.focus();
  });
}
