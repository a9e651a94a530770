import type { KeyboardEvent } from 'react';

/**
 * Keyboard use of the review panel's lists of cards (threads, suggestions): the list is one tab
 * stop, arrows, Home and End move between its cards, and a card that leaves hands focus on.
 * `card` is the selector of the list's cards.
 */

/** Arrow keys, Home and End move between the cards of one list. */
export function moveBetweenCards(card: string) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const cards = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(card));
    const current = cards.indexOf(event.target as HTMLElement);
    if (current === -1) return;
    const target = { ArrowDown: Math.min(current + 1, cards.length - 1), ArrowUp: Math.max(current - 1, 0), Home: 0, End: cards.length - 1 }[event.key]!;
    event.preventDefault();
    cards[target]?.focus();
  };
}

/**
 * Focus for after `element`'s card leaves its list (`list`, the list's selector): the next card,
 * else the previous one, else the list's section heading, so keyboard users are never dropped on the page.
 */
export function focusAfterLeaving(element: HTMLElement | null, { list, card }: { list: string; card: string }): () => void {
  const own = element?.closest<HTMLElement>(card) ?? null;
  const cards = Array.from(own?.closest(list)?.querySelectorAll<HTMLElement>(card) ?? []);
  const index = own ? cards.indexOf(own) : -1;
  const neighbour = cards[index + 1] ?? cards[index - 1];
  const heading = own?.closest('section')?.querySelector<HTMLElement>('h2, h3');
  return () => requestAnimationFrame(() => (neighbour?.isConnected ? neighbour : heading)?.focus());
}
