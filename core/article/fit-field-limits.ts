import { FIELD_LIMITS, type Article } from './article-schema';

type EditableFields = Omit<Article, 'body'>;

/** Words for a field the editor cut, as the reporter knows it. */
export interface CutField {
  label: string;
  limit: number;
  unit: 'characters' | 'entries';
}

/** Cuts at `limit` UTF-16 units (what the schema counts) without splitting a surrogate pair. */
function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Fits what the editor is about to hold into the schema's field limits, so every draft on screen can be
 * saved and kept in recovery: text past a limit (a pasted 1 MB headline) is cut and the reporter told,
 * instead of a save and a recovery copy that the schema would both refuse.
 */
export function fitFieldLimits<T extends Partial<EditableFields>>(fields: T): { fitted: T; cut: CutField[] } {
  const cut: CutField[] = [];
  const text = (value: string, limit: number, label: string): string => {
    if (value.length <= limit) return value;
    cut.push({ label, limit, unit: 'characters' });
    return cutText(value, limit);
  };
  const list = <Item>(items: Item[], limit: number, label: string): Item[] => {
    if (items.length <= limit) return items;
    cut.push({ label, limit, unit: 'entries' });
    return items.slice(0, limit);
  };

  const fitted: T = { ...fields };
  const plainFields = [
    ['section', 'Section'],
    ['headline', 'Headline'],
    ['standfirst', 'Standfirst'],
    ['slug', 'Slug'],
    ['dateline', 'Dateline'],
    ['editorsNote', 'Editor’s note'],
  ] as const;
  for (const [key, label] of plainFields) {
    const value = fitted[key];
    if (typeof value === 'string') fitted[key] = text(value, FIELD_LIMITS[key], label) as T[typeof key];
  }
  if (fitted.bylines) {
    fitted.bylines = list(fitted.bylines, FIELD_LIMITS.bylines, 'Bylines').map((byline) => ({
      name: text(byline.name, FIELD_LIMITS.bylineName, 'A byline’s name'),
      role: text(byline.role, FIELD_LIMITS.bylineRole, 'A byline’s role'),
    }));
  }
  if (fitted.leadImage) {
    const image = fitted.leadImage;
    fitted.leadImage = {
      ...image,
      altText: text(image.altText, FIELD_LIMITS.altText, 'Alt text'),
      caption: text(image.caption, FIELD_LIMITS.caption, 'Caption'),
      credit: text(image.credit, FIELD_LIMITS.credit, 'Credit'),
      ...('remote' in image
        ? { remote: { href: text(image.remote.href, FIELD_LIMITS.url, 'The wire picture’s address'), uri: text(image.remote.uri, FIELD_LIMITS.identifier, 'The wire picture’s identifier') } }
        : {}),
    };
  }
  if (fitted.relatedLinks) {
    fitted.relatedLinks = list(fitted.relatedLinks, FIELD_LIMITS.relatedLinks, 'Related links').map((link) => ({
      title: text(link.title, FIELD_LIMITS.relatedLinkTitle, 'A related link’s title'),
      url: text(link.url, FIELD_LIMITS.url, 'A related link’s address'),
    }));
  }
  if (typeof fitted.agencyCredit === 'string') fitted.agencyCredit = text(fitted.agencyCredit, FIELD_LIMITS.agencyCredit, 'Agency credit');
  if (fitted.subjects) {
    fitted.subjects = list(fitted.subjects, FIELD_LIMITS.subjects, 'Subjects').map((subject) => ({
      ...subject,
      name: text(subject.name, FIELD_LIMITS.subjectName, 'A subject’s name'),
      uri: text(subject.uri, FIELD_LIMITS.identifier, 'A subject’s identifier'),
      code: text(subject.code, FIELD_LIMITS.identifier, 'A subject’s code'),
    }));
  }
  if (fitted.provenance) {
    const provenance = fitted.provenance;
    fitted.provenance = {
      ...provenance,
      agency: text(provenance.agency, FIELD_LIMITS.provenanceLabel, 'The wire’s agency'),
      uri: text(provenance.uri, FIELD_LIMITS.identifier, 'The wire’s identifier'),
      version: text(provenance.version, FIELD_LIMITS.provenanceLabel, 'The wire’s version'),
      copyrightHolder: text(provenance.copyrightHolder, FIELD_LIMITS.copyrightHolder, 'The copyright holder'),
      copyrightNotice: text(provenance.copyrightNotice, FIELD_LIMITS.copyrightNotice, 'The copyright notice'),
      usageTerms: text(provenance.usageTerms, FIELD_LIMITS.usageTerms, 'The usage terms'),
      format: text(provenance.format, FIELD_LIMITS.provenanceLabel, 'The wire’s format'),
    };
  }
  if (fitted.tags) {
    fitted.tags = list(fitted.tags, FIELD_LIMITS.tags, 'Tags').map((tag) => text(tag, FIELD_LIMITS.tag, 'A tag'));
  }
  return { fitted, cut };
}

/** One sentence for the reporter about what was cut. */
export function describeCut(cut: readonly CutField[]): string | null {
  const [first, ...others] = cut;
  if (!first) return null;
  const limit = (entry: CutField) => `${entry.limit.toLocaleString('en-US')} ${entry.unit}`;
  if (others.length > 0) return `Some fields were longer than a draft allows and were cut: ${cut.map((entry) => `${entry.label} (at most ${limit(entry)})`).join(', ')}.`;
  return first.unit === 'entries'
    ? `${first.label}: at most ${first.limit.toLocaleString('en-US')} are kept; the rest were not added.`
    : `${first.label} can be at most ${limit(first)}; the text beyond that was not kept.`;
}
