/**
 * Initials for a person's badge, from the name they gave: the first letter of the first and of the
 * last word ("Amina Odhiambo" → "AO", "Anna van der Berg" → "AB"), one for a one-word name. Words
 * are split at spaces and hyphens; anything that is not a letter (quotes, brackets, digits) is
 * skipped, so "Dr. (Jo) Ng" gives "DN". Empty when the name holds no letters.
 */
export function initialsOf(name: string): string {
  const words = name.normalize('NFC').split(/[\s\-‐–]+/u);
  const firstLetters = words.flatMap((word) => word.match(/\p{L}\p{M}*/u) ?? []);
  const picked = firstLetters.length > 1 ? [firstLetters[0], firstLetters.at(-1)] : firstLetters;
  return picked.join('').toLocaleUpperCase();
}
