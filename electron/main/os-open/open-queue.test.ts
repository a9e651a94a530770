import { describe, expect, it } from 'vitest';
import { createOpenQueue } from './open-queue';

describe('files waiting to be opened', () => {
  it('keeps files asked for before the window exists, in order, then hands later ones straight over', () => {
    const queue = createOpenQueue(['/argv/flood.copydesk']);
    queue.request('/finder/budget.copydesk');
    const opened: string[] = [];
    expect(queue.drain((file) => opened.push(file))).toEqual(['/argv/flood.copydesk', '/finder/budget.copydesk']);
    queue.request('/second-instance/vote.copydesk');
    expect(opened).toEqual(['/second-instance/vote.copydesk']);
    expect(queue.drain(() => undefined)).toEqual([]);
  });
});
