import { isRemoteLeadImage, type Article, type LeadImage, type RemoteLeadImage } from '../article/article-schema';

/** The article fields the compare view shows, each compared, shown and taken over as one value. */
export type CompareField =
  | 'status'
  | 'section'
  | 'headline'
  | 'standfirst'
  | 'bylines'
  | 'agencyCredit'
  | 'dateline'
  | 'slug'
  | 'leadImage'
  | 'leadImage.caption'
  | 'leadImage.credit'
  | 'leadImage.altText'
  | 'tags'
  | 'subjects'
  | 'relatedLinks'
  | 'language'
  | 'editorsNote';

export interface FieldSpec {
  field: CompareField;
  label: string;
  /** Not prose: shown as the old value replaced by the new one, not word by word. */
  whole: boolean;
  /** The value as text, for the word diff and the view (and a field suggestion's old and new values). */
  text(article: Omit<Article, 'body'>): string;
  /** The field as compared: two articles differ here when these differ. */
  value(article: Article): unknown;
  /** `target` with this field taken from `source`. */
  take(target: Article, source: Article): Article;
}

function plainField<Key extends 'status' | 'section' | 'headline' | 'standfirst' | 'agencyCredit' | 'dateline' | 'language' | 'editorsNote'>(
  field: Key,
  label: string,
  whole = false,
): FieldSpec {
  return { field, label, whole, text: (article) => article[field], value: (article) => article[field], take: (target, source) => ({ ...target, [field]: source[field] }) };
}

function listField<Key extends 'bylines' | 'tags' | 'subjects' | 'relatedLinks'>(field: Key, label: string, line: (item: Article[Key][number]) => string, separator = '\n'): FieldSpec {
  return {
    field,
    label,
    whole: false,
    text: (article) => (article[field] as ReadonlyArray<Article[Key][number]>).map(line).join(separator),
    value: (article) => article[field],
    take: (target, source) => ({ ...target, [field]: source[field] }),
  };
}

type ImageText = 'caption' | 'credit' | 'altText';

function imageField(key: ImageText, label: string): FieldSpec {
  return {
    field: `leadImage.${key}`,
    label,
    whole: false,
    text: (article) => article.leadImage?.[key] ?? '',
    value: (article) => article.leadImage?.[key] ?? '',
    // Only asked when all three copies hold the same picture, so both sides have one.
    take: (target, source) => (target.leadImage && source.leadImage ? { ...target, leadImage: { ...target.leadImage, [key]: source.leadImage[key] } } : target),
  };
}

const pictureOf = (image: LeadImage | RemoteLeadImage | null): string | null => (image === null ? null : isRemoteLeadImage(image) ? `remote:${image.remote.href}:${image.remote.uri}` : `file:${image.file}`);

const wholeLeadImage: FieldSpec = {
  field: 'leadImage',
  label: 'Lead image',
  whole: false,
  text: ({ leadImage }) => {
    if (!leadImage) return '';
    const where = isRemoteLeadImage(leadImage) ? leadImage.remote.href || leadImage.remote.uri : leadImage.file.slice('assets/'.length);
    return [where, leadImage.caption, leadImage.credit].filter((part) => part.trim()).join(' · ');
  },
  value: (article) => article.leadImage,
  take: (target, source) => ({ ...target, leadImage: source.leadImage }),
};

const BEFORE_IMAGE: readonly FieldSpec[] = [
  plainField('status', 'Status', true),
  plainField('section', 'Section'),
  plainField('headline', 'Headline'),
  plainField('standfirst', 'Standfirst'),
  listField('bylines', 'Bylines', (byline) => (byline.role.trim() ? `${byline.name}, ${byline.role}` : byline.name)),
  plainField('agencyCredit', 'Agency credit'),
  plainField('dateline', 'Dateline'),
  {
    field: 'slug',
    label: 'Slug',
    whole: false,
    text: (article) => article.slug,
    value: (article) => article.slug,
    // Whether the slug follows the headline belongs to the slug.
    take: (target, source) => ({ ...target, slug: source.slug, slugEditedByHand: source.slugEditedByHand }),
  },
];

const IMAGE_TEXTS: readonly FieldSpec[] = [imageField('caption', 'Caption'), imageField('credit', 'Credit'), imageField('altText', 'Alt text')];

const AFTER_IMAGE: readonly FieldSpec[] = [
  listField('tags', 'Tags', (tag) => tag, ', '),
  listField('subjects', 'Subjects', (subject) => `${subject.name} (${subject.kind})`),
  listField('relatedLinks', 'Related links', (link) => (link.title.trim() ? `${link.title} <${link.url}>` : `<${link.url}>`)),
  plainField('language', 'Language', true),
  plainField('editorsNote', 'Editor’s note'),
];

/**
 * The fields to compare, in the order the editor shows them. When every copy holds the same lead
 * picture its caption, credit and alt text are compared one by one; when the picture itself differs
 * it is one change, picture and texts together.
 */
export function compareFieldSpecs(copies: readonly Article[]): readonly FieldSpec[] {
  const pictures = new Set(copies.map((copy) => pictureOf(copy.leadImage)));
  const samePicture = pictures.size === 1 && !pictures.has(null);
  const image = pictures.size === 1 ? (samePicture ? IMAGE_TEXTS : []) : [wholeLeadImage];
  return [...BEFORE_IMAGE, ...image, ...AFTER_IMAGE];
}

const EVERY_SPEC = new Map([...BEFORE_IMAGE, wholeLeadImage, ...IMAGE_TEXTS, ...AFTER_IMAGE].map((spec) => [spec.field, spec]));

export function fieldSpecNamed(field: CompareField): FieldSpec {
  return EVERY_SPEC.get(field) as FieldSpec;
}
