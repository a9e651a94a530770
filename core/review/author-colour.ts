import type { Person } from './review-schema';

/** How many author colours the stylesheet defines (each an accessible pair for light and dark). */
export const AUTHOR_COLOURS = 8;

/**
 * The colour a person's suggestions and comments are shown in, 0 to AUTHOR_COLOURS - 1: the same on
 * every machine and every run (an FNV-1a hash of name and initials), so both laptops agree.
 */
export function authorColour(person: Person): number {
  let hash = 0x811c9dc5;
  for (const char of `${person.name}\u0000${person.initials}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // FNV's low bits mix poorly (they see only the characters' low bits), so the high bits are folded in first.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x45d9f3b) >>> 0;
  // XOR gives a signed 32-bit number; unsigned again, so the colour is never negative.
  hash = (hash ^ (hash >>> 16)) >>> 0;
  return hash % AUTHOR_COLOURS;
}
