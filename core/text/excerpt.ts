/** Longest excerpt of a value that a message quotes. */
export const EXCERPT_LENGTH = 60;

/**
 * A value as a message may quote it: on one line and cut to about `length` characters with an
 * ellipsis, so a hostile 50 MB value cannot flood a message, a log line or a dialog.
 */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  // Only the start can be shown, so only the start is read: a huge value is never copied whole.
  const start = text.slice(0, length * 4);
  const oneLine = start.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= length && start.length === text.length) return oneLine;
  return `${Array.from(oneLine).slice(0, length - 1).join('').trimEnd()}…`;
}

/** Longest run of words a context quotes on either side of a change. */
export const CONTEXT_LENGTH = 32;

/**
 * The words just before something, as a quote of where it is: on one line, the last `length`
 * characters or fewer, started at a whole word, with an ellipsis when the text goes on before.
 */
export function wordsBefore(text: string, length = CONTEXT_LENGTH): string {
  const chars = Array.from(text.slice(-length * 4).replace(/\s+/g, ' '));
  if (chars.length <= length && text.length <= length * 4) return chars.join('').trimStart();
  const kept = chars.slice(-length);
  const startsAtWord = chars[chars.length - length - 1] === ' ';
  const space = kept.indexOf(' ');
  const words = startsAtWord || space < 0 ? kept : kept.slice(space + 1);
  return `…${words.join('')}`;
}

/** The words just after something, as wordsBefore: ended at a whole word, with an ellipsis when the text goes on. */
export function wordsAfter(text: string, length = CONTEXT_LENGTH): string {
  const chars = Array.from(text.slice(0, length * 4).replace(/\s+/g, ' '));
  if (chars.length <= length && text.length <= length * 4) return chars.join('').trimEnd();
  const kept = chars.slice(0, length);
  const endsAtWord = chars[length] === ' ';
  const space = kept.lastIndexOf(' ');
  const words = endsAtWord || space < 0 ? kept : kept.slice(0, space);
  return `${words.join('')}…`;
}
