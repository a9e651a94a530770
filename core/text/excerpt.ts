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
