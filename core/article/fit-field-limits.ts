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
    };
  }
  if (fitted.relatedLinks) {
    fitted.relatedLinks = list(fitted.relatedLinks, FIELD_LIMITS.relatedLinks, 'Related links').map((link) => ({
      title: text(link.title, FIELD_LIMITS.relatedLinkTitle, 'A related link’s title'),
      url: text(link.url, FIELD_LIMITS.url, 'A related link’s address'),
    }));
  }
  if (fitted.tags) {
    fitted.tags = list(fitted.tags, FIELD_LIMITS.tags, 'Tags').map((tag) => text(tag, FIELD_LIMITS.tag, 'A tag'));
  }
  return { fitted, cut };
}

/** One sentence for the reporter about what was cut. */
export function describeCut(cut: readonly CutField[]): string | null {
  const first = cut[0];
  if (!first) return null;
  return first.unit === 'entries'
    ? `${first.label}: at most ${first.limit.toLocaleString('en-US')} are kept; the rest were not added.`
    : `${first.label} can be at most ${first.limit.toLocaleString('en-US')} characters; the text beyond that was not kept.`;
}
