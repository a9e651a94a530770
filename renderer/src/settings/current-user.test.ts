import { beforeEach, describe, expect, it, vi } from 'vitest';
import { askWhoIsWorking, closeUserPrompt, knownUser, requireUser, setKnownUser, useCurrentUserStore } from './current-user';

const amina = { name: 'Amina Odhiambo', initials: 'AO' };
const prompt = () => useCurrentUserStore.getState().prompt;

beforeEach(() => {
  closeUserPrompt(null);
  setKnownUser(null);
});

describe('who is working', () => {
  it('opens the first-run prompt only while nobody is known', () => {
    setKnownUser(amina);
    askWhoIsWorking();
    expect(prompt()).toBeNull();
    setKnownUser(null);
    askWhoIsWorking();
    expect(prompt()).toBe('first-run');
  });

  it('waits for the stored user to be read before asking', async () => {
    vi.resetModules();
    const fresh = await import('./current-user');
    const early = fresh.requireUser();
    await Promise.resolve();
    expect(fresh.useCurrentUserStore.getState().prompt).toBeNull();
    fresh.setKnownUser(amina);
    await expect(early).resolves.toEqual(amina);
    expect(fresh.useCurrentUserStore.getState().prompt).toBeNull();
  });

  it('answers at once when the user is known', async () => {
    setKnownUser(amina);
    await expect(requireUser()).resolves.toEqual(amina);
    expect(prompt()).toBeNull();
  });

  it('asks when nobody is known, and every waiting action gets the saved person', async () => {
    const comment = requireUser();
    const status = requireUser();
    await expect.poll(prompt).toBe('needed');
    closeUserPrompt(amina);
    await expect(Promise.all([comment, status])).resolves.toEqual([amina, amina]);
    expect(knownUser()).toEqual(amina);
    expect(prompt()).toBeNull();
  });

  it('cancels the waiting action when the prompt is declined, and asks again at the next one', async () => {
    const declined = requireUser();
    await expect.poll(prompt).toBe('needed');
    closeUserPrompt(null);
    await expect(declined).resolves.toBeNull();
    expect(knownUser()).toBeNull();
    void requireUser();
    await expect.poll(prompt).toBe('needed');
  });

  it('lets an action wait on the first-run prompt already open', async () => {
    askWhoIsWorking();
    const waiting = requireUser();
    await Promise.resolve();
    expect(prompt()).toBe('first-run');
    closeUserPrompt(amina);
    await expect(waiting).resolves.toEqual(amina);
  });
});
