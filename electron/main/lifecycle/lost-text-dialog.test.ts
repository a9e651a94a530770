import { describe, expect, it } from 'vitest';
import { lostTextChoice, lostTextMessageBox } from './lost-text-dialog';

describe('the unsaved-changes message box', () => {
  it('names the draft, says what is at stake, and makes Enter save elsewhere and Escape stay open', () => {
    const { box, choices } = lostTextMessageBox({ reason: 'quit', headlines: ['Floodwaters recede'], problem: null });
    expect(box.message).toBe('Your latest changes are not saved anywhere');
    expect(box.detail).toMatch(/^Copydesk could not write the latest changes to “Floodwaters recede” to the drafts folder or to the recovery copy.*If Copydesk quits now, those changes are lost\./);
    expect(box.buttons).toEqual(['Save Elsewhere…', 'Stay Open', 'Quit Without Saving']);
    expect(choices[box.defaultId]).toBe('save-elsewhere');
    expect(choices[box.cancelId]).toBe('stay-open');
    expect(box.noLink).toBe(true);
  });

  it('counts many drafts, names an untitled one, puts the last failure first, and offers to close (not quit) for a window', () => {
    const { box } = lostTextMessageBox({ reason: 'close', headlines: ['One', '', 'Three', 'Four', 'Five'], problem: 'Saving to /media/usb failed too: the disk is full.' });
    expect(box.message).toBe('Your latest changes to 5 drafts are not saved anywhere');
    expect(box.detail.split('\n\n')[0]).toBe('Saving to /media/usb failed too: the disk is full.');
    expect(box.detail).toContain('“One”, an untitled draft, “Three” and 2 more');
    expect(box.buttons[2]).toBe('Close Without Saving');
  });

  it('reads an unexpected response as Stay Open, the choice that loses nothing', () => {
    const { choices } = lostTextMessageBox({ reason: 'quit', headlines: ['x'], problem: null });
    expect(lostTextChoice(choices, 2)).toBe('close-anyway');
    expect(lostTextChoice(choices, 7)).toBe('stay-open');
  });
});
