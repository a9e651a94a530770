import type { SaveState } from '../store/article-store';
import { EMPTY_HEADLINE_MESSAGE } from '../metadata/headline-rules';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

interface SaveStatusInput {
  saveState: SaveState;
  unsaved: boolean;
  headlineMissing: boolean;
  invalidLinks: number;
}

/** The save state in words, with what still needs doing before export. */
export function describeSaveStatus({ saveState, unsaved, headlineMissing, invalidLinks }: SaveStatusInput): { text: string; tone: 'ok' | 'warn' | 'error' | 'quiet' } {
  switch (saveState.kind) {
    case 'saving':
      return { text: 'Saving…', tone: 'quiet' };
    case 'failed':
      // The host's save errors already read "Not saved: …".
      return { text: saveState.reason.startsWith('Not saved') ? saveState.reason : `Not saved: ${saveState.reason}`, tone: 'error' };
    case 'never-saved':
      return { text: unsaved ? 'Not saved yet' : 'No changes', tone: 'quiet' };
    case 'saved': {
      const saved = `Saved ${formatTime(saveState.savedAt)}`;
      const problems = [
        headlineMissing ? EMPTY_HEADLINE_MESSAGE.replace(/\.$/, '').replace(/^The/, 'the') : null,
        invalidLinks > 0 ? `${invalidLinks === 1 ? 'one related link needs' : `${invalidLinks} related links need`} a full web address` : null,
      ].filter(Boolean);
      if (unsaved) return { text: `Unsaved changes (last saved ${formatTime(saveState.savedAt)})`, tone: 'quiet' };
      if (problems.length) return { text: `${saved} — ${problems.join('; ')}`, tone: 'warn' };
      return { text: saved, tone: 'ok' };
    }
  }
}
