import type { Article, Byline } from '../article/article-schema';

/** The bylines an export credits: those with a name (an empty one is the pre-export check's business). */
export function creditedBylines(article: Article): Byline[] {
  return article.bylines.filter((byline) => byline.name.trim() !== '');
}

/** “Wanjiru Kamau, Political correspondent; Ngũgĩ wa Kĩarie, Additional reporting” — no language-specific “By”; an agency credit follows in brackets: “… (dpa)”. */
export function bylineLine(article: Article): string {
  const people = creditedBylines(article)
    .map((byline) => (byline.role.trim() ? `${byline.name}, ${byline.role}` : byline.name))
    .join('; ');
  const agency = article.agencyCredit.trim();
  if (!agency) return people;
  return people ? `${people} (${agency})` : agency;
}

/** The wire's copyright notice, which a story using agency copy must carry; else none. */
export function copyrightLine(article: Article): string {
  return article.provenance?.copyrightNotice.trim() ?? '';
}

/** The timestamp an export shows: publication time once set, else the last edit. */
export function shownTimestamp(article: Article): string {
  return article.publishedAt ?? article.updatedAt;
}

/** “NAIROBI, 24 May 2026 at 13:16 UTC+03:00”. */
export function datelineLine(article: Article): string {
  const time = displayTime(shownTimestamp(article), article.language);
  return article.dateline.trim() ? `${article.dateline}, ${time}` : time;
}

const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The time as the newsroom wrote it, at its own UTC offset, in the article's language:
 * “24 May 2026 at 13:16 UTC+03:00”. Intl cannot format in a bare offset zone (Node 20),
 * so the wall-clock parts are formatted as if they were UTC.
 */
export function displayTime(iso: string, language: string): string {
  const parts = ISO_PARTS.exec(iso);
  if (!parts) return iso;
  const [, year, month, day, hour, minute, offset] = parts;
  const wallClock = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute)));
  const format = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(wallClock);
  let formatted: string;
  try {
    formatted = format(language);
  } catch {
    formatted = format('en');
  }
  return `${formatted} UTC${offset === 'Z' ? '' : offset}`;
}
