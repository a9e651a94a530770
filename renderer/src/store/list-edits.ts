/** Immutable edits of the small ordered lists in an article (bylines, related links). */

export function replaceAt<Item>(list: readonly Item[], index: number, item: Item): Item[] {
  return list.map((existing, at) => (at === index ? item : existing));
}

export function removeAt<Item>(list: readonly Item[], index: number): Item[] {
  return list.filter((_, at) => at !== index);
}

/** Moves one item; a move past either end leaves the list as it was. */
export function moveItem<Item>(list: readonly Item[], from: number, to: number): Item[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as Item);
  return next;
}
