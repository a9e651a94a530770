import { beforeEach, describe, expect, it } from 'vitest';
import { createArticle } from '../../../core/article/new-article';
import { useArticleStore } from '../store/article-store';
import { closeUserPrompt, setKnownUser, useCurrentUserStore } from '../settings/current-user';
import { changeStatus } from './change-status';

const store = () => useArticleStore.getState();
const amina = { name: 'Amina Odhiambo', initials: 'AO' };

beforeEach(() => {
  store().load(createArticle({ id: '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6', now: new Date('2026-11-25T08:00:00Z') }));
});

describe('changing the status', () => {
  it('sets it and logs it signed by who is working', async () => {
    setKnownUser(amina);
    await changeStatus('in-review');
    expect(store().metadata.status).toBe('in-review');
    expect(store().metadata.review.log).toMatchObject([{ action: 'status', by: amina, summary: 'Status changed from Draft to In review.' }]);
    expect(store().unsaved).toBe(true);
  });

  it('asks who is working first; declining keeps the status and logs nothing', async () => {
    setKnownUser(null);
    const declined = changeStatus('approved');
    await expect.poll(() => useCurrentUserStore.getState().prompt).toBe('needed');
    closeUserPrompt(null);
    await declined;
    expect(store().metadata).toMatchObject({ status: 'draft', review: { log: [] } });

    const saved = changeStatus('approved');
    await expect.poll(() => useCurrentUserStore.getState().prompt).toBe('needed');
    closeUserPrompt(amina);
    await saved;
    expect(store().metadata.review.log).toMatchObject([{ by: amina, summary: 'Status changed from Draft to Approved.' }]);
  });
});
