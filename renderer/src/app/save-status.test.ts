import { describe, expect, it } from 'vitest';
import { describeSaveStatus, formatTime } from './save-status';

const savedAt = '2026-11-25T09:03:00Z';
const saved = { kind: 'saved', savedAt } as const;

describe('save status in words', () => {
  it('says when it saved, and what is still missing for export', () => {
    expect(describeSaveStatus({ saveState: saved, unsaved: false, headlineMissing: false, invalidLinks: 0 })).toEqual({ text: `Saved ${formatTime(savedAt)}`, tone: 'ok' });
    expect(describeSaveStatus({ saveState: saved, unsaved: false, headlineMissing: true, invalidLinks: 2 }).text).toBe(
      `Saved ${formatTime(savedAt)} — the headline is empty; add one before export; 2 related links need a full web address`,
    );
  });

  it('reports saving, failure and later edits', () => {
    expect(describeSaveStatus({ saveState: { kind: 'saving' }, unsaved: true, headlineMissing: false, invalidLinks: 0 }).text).toBe('Saving…');
    expect(describeSaveStatus({ saveState: { kind: 'failed', reason: 'The disk is full.' }, unsaved: true, headlineMissing: false, invalidLinks: 0 })).toEqual({
      text: 'Not saved: The disk is full.',
      tone: 'error',
    });
    const diskFull = 'Not saved: disk is full. Your text is kept and will be saved when space is free.';
    expect(describeSaveStatus({ saveState: { kind: 'failed', reason: diskFull }, unsaved: true, headlineMissing: false, invalidLinks: 0 }).text).toBe(diskFull);
    expect(describeSaveStatus({ saveState: saved, unsaved: true, headlineMissing: true, invalidLinks: 0 }).text).toBe(`Unsaved changes (last saved ${formatTime(savedAt)})`);
  });
});
