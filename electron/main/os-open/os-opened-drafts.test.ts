import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../test-support';
import { createOsOpenedDrafts, type OsOpenedDraft } from './os-opened-drafts';

const mine = sampleArticle();
const compare = { mine, theirs: { ...mine, headline: 'Edited on the desk' }, base: mine, handoff: { id: 'h1' } } as unknown as NonNullable<OsOpenedDraft['compare']>;
const other = '7d0b8c1e-2f3a-4b5c-8d9e-0a1b2c3d4e5f';

function delivery() {
  const sent: OsOpenedDraft[] = [];
  return { sent, drafts: createOsOpenedDrafts((opened) => void sent.push(opened)) };
}

describe('drafts the OS opens', () => {
  it('are told at once once the page has loaded', () => {
    const { sent, drafts } = delivery();
    drafts.lastSession({ draftId: null });
    drafts.pageLoaded();
    drafts.opened({ draftId: mine.id, compare });
    drafts.opened({ draftId: other });
    expect(sent).toEqual([{ draftId: mine.id, compare }, { draftId: other }]);
  });

  // A returned .copydesk double-clicked while Copydesk is closed: opened before the window exists.
  it('opened at launch: the page starts on the draft and gets its compare with getLastSession, once', () => {
    const { sent, drafts } = delivery();
    drafts.opened({ draftId: mine.id, compare });
    expect(drafts.lastSession({ draftId: mine.id })).toEqual({ draftId: mine.id, compare });
    drafts.pageLoaded();
    expect(sent).toEqual([]);
    expect(drafts.lastSession({ draftId: mine.id })).toEqual({ draftId: mine.id });
  });

  it('opened after the page asked which draft to start on: told when the page has loaded', () => {
    const { sent, drafts } = delivery();
    expect(drafts.lastSession({ draftId: other })).toEqual({ draftId: other });
    drafts.opened({ draftId: mine.id });
    drafts.pageLoaded();
    expect(sent).toEqual([{ draftId: mine.id }]);
  });

  it('a compare for a draft the page does not start on is not given to it', () => {
    const { drafts } = delivery();
    drafts.opened({ draftId: mine.id, compare });
    expect(drafts.lastSession({ draftId: other })).toEqual({ draftId: other });
  });

  it('start again from getLastSession when the window is gone', () => {
    const { sent, drafts } = delivery();
    drafts.lastSession({ draftId: null });
    drafts.pageLoaded();
    drafts.pageGone();
    drafts.opened({ draftId: mine.id, compare });
    expect(sent).toEqual([]);
    expect(drafts.lastSession({ draftId: mine.id })).toEqual({ draftId: mine.id, compare });
  });
});
