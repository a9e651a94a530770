import type { LostTextChoice, LostTextQuestion } from './close-guard';

/** The slice of Electron's MessageBoxOptions the question uses (kept here so it can be tested without Electron). */
export interface LostTextMessageBox {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

const NAMED_AT_MOST = 3;

function named(headlines: string[]): string {
  const shown = headlines.slice(0, NAMED_AT_MOST).map((headline) => (headline ? `“${headline.length > 80 ? `${headline.slice(0, 80)}…` : headline}”` : 'an untitled draft'));
  const more = headlines.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(' and ');
}

/**
 * The question asked when closing would lose text, as a native message box: the buttons in the
 * order of `choices`. Enter saves elsewhere; Escape (or closing the box) stays open, the choice that
 * loses nothing.
 */
export function lostTextMessageBox(question: LostTextQuestion): { box: LostTextMessageBox; choices: LostTextChoice[] } {
  const one = question.headlines.length === 1;
  const closing = question.reason === 'close' ? 'closes' : 'quits';
  const detail = [
    question.problem,
    `Copydesk could not write the latest changes to ${named(question.headlines)} to the drafts folder or to the recovery copy: the disk refused them (is it full?). If Copydesk ${closing} now, ${one ? 'those changes are' : 'their changes are'} lost.`,
    'Save Elsewhere… writes them to a folder you choose, on another disk or a USB stick; Copydesk opens that folder like any draft. Stay Open keeps them in the window while you free some space.',
  ]
    .filter((line) => line !== null)
    .join('\n\n');
  return {
    box: {
      type: 'warning',
      title: 'Unsaved changes',
      message: one ? 'Your latest changes are not saved anywhere' : `Your latest changes to ${question.headlines.length} drafts are not saved anywhere`,
      detail,
      buttons: ['Save Elsewhere…', 'Stay Open', question.reason === 'close' ? 'Close Without Saving' : 'Quit Without Saving'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    },
    choices: ['save-elsewhere', 'stay-open', 'close-anyway'],
  };
}

/** The choice behind the button the user pressed; anything unexpected keeps the app open. */
export function lostTextChoice(choices: LostTextChoice[], response: number): LostTextChoice {
  return choices[response] ?? 'stay-open';
}
