import type { Progress } from '../../engines/store/index';
import {
  countProgress,
  countsText,
  decodeImport,
  encodeExport,
  exportFileName,
  MAX_IMPORT_BYTES,
} from '../../engines/store/transfer';
import { askToConfirm } from './confirm-dialog';
import { courseStore } from './course-store';

const dateText = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * `<il-progress-transfer>`: saves all progress to a JSON file, loads one back after showing what it replaces, and
 * resets after asking. The file never leaves the learner's device: it is made and read in the page.
 */
export class ProgressTransferElement extends HTMLElement {
  private get status(): HTMLElement {
    return this.querySelector('.il-transfer-status') as HTMLElement;
  }
  private get dialog(): HTMLDialogElement {
    return this.querySelector('dialog.il-confirm') as HTMLDialogElement;
  }

  connectedCallback(): void {
    const file = this.querySelector('input[type="file"]') as HTMLInputElement;
    const button = (act: string) => this.querySelector(`[data-act="${act}"]`) as HTMLButtonElement;
    button('export').addEventListener('click', () => this.exportFile());
    button('import').addEventListener('click', () => file.click());
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      file.value = ''; // choosing the same file again must fire `change` again
      if (chosen) void this.importFile(chosen, button('import'));
    });
    button('reset').addEventListener('click', () => void this.reset(button('reset')));
    this.hidden = false;
  }

  private say(text: string, refused = false): void {
    this.status.toggleAttribute('data-refused', refused);
    this.status.textContent = text;
  }

  private exportFile(): void {
    const at = new Date().toISOString();
    const progress = courseStore().snapshot();
    const blob = new Blob([encodeExport(progress, this.dataset.course ?? '', at)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = exportFileName(at);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    this.say(`Saved ${link.download} to your downloads: ${countsText(countProgress(progress))}.`);
  }

  private async importFile(file: File, opener: HTMLElement): Promise<void> {
    if (file.size > MAX_IMPORT_BYTES) {
      this.say(`Not loaded: ${file.name} is too large to be a progress file. Nothing was changed.`, true);
      return;
    }
    const result = decodeImport(await file.text(), new Date().toISOString());
    if (!result.ok) {
      this.say(`Not loaded: ${result.message}`, true);
      return;
    }
    const store = courseStore();
    const now = countsText(countProgress(store.snapshot()));
    const incoming = countsText(countProgress(result.progress));
    const saved = result.exportedAt ? ` (saved ${dateText(result.exportedAt)})` : '';
    const ok = await askToConfirm(
      this.dialog,
      {
        title: 'Replace your progress?',
        text: `This browser holds: ${now}. The file ${file.name}${saved} holds: ${incoming}. Loading it replaces everything saved here.`,
        confirm: 'Replace my progress',
      },
      opener,
    );
    if (!ok) return this.say('Nothing was loaded; your progress is as it was.');
    store.replace(result.progress as Progress);
    this.say(`Loaded ${file.name}: ${incoming}.`);
  }

  private async reset(opener: HTMLElement): Promise<void> {
    const store = courseStore();
    const counts = countProgress(store.snapshot());
    if (countsText(counts) === 'nothing saved') return this.say('There is no saved progress to reset.');
    const ok = await askToConfirm(
      this.dialog,
      {
        title: 'Reset all progress?',
        text: `This deletes everything saved in this browser: ${countsText(counts)}. It cannot be undone; save it to a file first if you may want it back.`,
        confirm: 'Delete my progress',
      },
      opener,
    );
    if (!ok) return this.say('Nothing was deleted.');
    store.reset();
    this.say('All progress in this browser was deleted.');
  }
}

customElements.define('il-progress-transfer', ProgressTransferElement);
