import { describe, expect, it } from 'vitest';
import type { HostHandlers } from '../ipc-router';
import { sampleArticle } from '../test-support';
import { trackRecentDocuments } from './recent-tracking';

const article = sampleArticle();
const other = sampleArticle({ id: '0b9d7c2e-1f3a-4e5b-8c6d-7e8f9a0b1c2d' });

function tracked(overrides: Partial<HostHandlers> = {}) {
  const remembered: string[] = [];
  const handlers = {
    loadDraft: async ({ id }: { id: string }) => ({ article: id === other.id ? other : article }),
    saveDraft: async () => ({ savedAt: '2026-05-24T12:00:00.000Z' }),
    openDraftFile: async () => ({ article: other }),
    importPortableDraft: async () => null,
    openDroppedFile: async () => ({ kind: 'image' as const, image: { file: 'assets/a.png', mediaType: 'image/png' } }),
    saveCopyAs: async () => ({ file: '/home/amina/flood.copydesk' }),
    ...overrides,
  } as unknown as HostHandlers;
  const host = trackRecentDocuments(handlers, { draftFile: async (id) => `/drafts/${id}/article.json`, remember: (file) => remembered.push(file) });
  return { host, remembered };
}

describe('recent documents from host calls', () => {
  it('remembers drafts opened and copies saved, and passes results through', async () => {
    const { host, remembered } = tracked();
    expect(await host.loadDraft({ id: article.id })).toEqual({ article });
    await host.openDraftFile({});
    await host.saveCopyAs({ draftId: other.id });
    expect(remembered).toEqual([`/drafts/${article.id}/article.json`, `/drafts/${other.id}/article.json`, '/home/amina/flood.copydesk']);
  });

  it('counts a save only when it is of another draft than the last one remembered', async () => {
    const { host, remembered } = tracked();
    await host.loadDraft({ id: article.id });
    for (let save = 0; save < 5; save += 1) await host.saveDraft({ article });
    await host.saveDraft({ article: other });
    expect(remembered).toEqual([`/drafts/${article.id}/article.json`, `/drafts/${other.id}/article.json`]);
  });

  it('remembers nothing for a cancelled dialog, a dropped image or a failed call', async () => {
    const { host, remembered } = tracked({ openDraftFile: async () => null, loadDraft: async () => Promise.reject(new Error('gone')) } as Partial<HostHandlers>);
    await host.openDraftFile({});
    await host.importPortableDraft({});
    await host.openDroppedFile({ path: '/home/amina/photo.png', draftId: article.id });
    await expect(host.loadDraft({ id: article.id })).rejects.toThrow('gone');
    expect(remembered).toEqual([]);
  });
});
