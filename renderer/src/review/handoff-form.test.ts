import { describe, expect, it } from 'vitest';
import { HANDOFF_MESSAGE_LIMIT } from '../../../core/review/round-trip';
import { handoffConfirmation, handoffRequest, messageProblem, startHandoff, statusOptions } from './handoff-form';

const amina = { name: 'Amina Odhiambo', initials: 'AO' };
const draftId = '7d1c2a9e-3f4b-4c5d-8e6f-0a1b2c3d4e5f';

describe('hand-off form', () => {
  it('offers In review for sending, and Needs changes (the default) or Approved for returning', () => {
    expect(statusOptions('for-review').map((option) => option.label)).toEqual(['In review']);
    expect(statusOptions('to-reporter').map((option) => option.label)).toEqual(['Needs changes', 'Approved']);
    expect(startHandoff('for-review')).toEqual({ direction: 'for-review', status: 'in-review', message: '' });
    expect(startHandoff('to-reporter').status).toBe('needs-changes');
    for (const option of [...statusOptions('for-review'), ...statusOptions('to-reporter')]) expect(option.hint).not.toBe('');
  });

  it('sends the chosen status, who sends it, and the note trimmed, leaving out an empty note', () => {
    const form = { ...startHandoff('to-reporter'), status: 'approved' as const, message: '  Cut the second quote.  ' };
    expect(handoffRequest(form, draftId, amina)).toEqual({ draftId, direction: 'to-reporter', by: amina, status: 'approved', message: 'Cut the second quote.' });
    expect(handoffRequest({ ...form, message: '   ' }, draftId, amina)).not.toHaveProperty('message');
  });

  it('refuses a note over the limit, saying by how much, and counts it trimmed', () => {
    expect(messageProblem('x'.repeat(HANDOFF_MESSAGE_LIMIT))).toBeNull();
    expect(messageProblem(` ${'x'.repeat(HANDOFF_MESSAGE_LIMIT)}\n`)).toBeNull();
    expect(messageProblem('x'.repeat(HANDOFF_MESSAGE_LIMIT + 3))).toBe(`The message is 3 characters too long (at most ${HANDOFF_MESSAGE_LIMIT}).`);
  });

  it('confirms with the file (its name and folder, not the whole path) and the status set', () => {
    expect(handoffConfirmation('for-review', 'in-review', '/home/amina/Desktop/ferry.copydesk')).toBe('Sent for review: wrote ferry.copydesk in Desktop. Status set to In review.');
    expect(handoffConfirmation('to-reporter', 'approved', 'C:\\Users\\desk\\ferry.copydesk')).toBe('Returned to reporter: wrote ferry.copydesk in desk. Status set to Approved.');
  });
});
