/**
 * Reads a ninjs item of any major version into one shape. 1.x has single strings and objects keyed
 * by name (headline, byline, body_html, description_text, subject, associations {…}); 2.x has arrays
 * in lower case (headlines, bodies, descriptions, subjects, associations […]); 3.x the same arrays
 * with camelCase names (contentType, versionCreated, edNote, pubStatus).
 */

export type NinjsMajorVersion = 1 | 2 | 3;

type Json = Record<string, unknown>;

export interface NinjsText {
  role: string;
  contentType: string;
  value: string;
}

export interface NinjsRendition {
  name: string;
  href: string | null;
  contentType: string;
  width: number | null;
  height: number | null;
}

export interface NinjsAssociation {
  name: string;
  item: WireItem;
}

/** A concept the item is about (subject, place, organisation, person, event), with its vocabulary codes. */
export interface WireConcept {
  kind: 'subject' | 'place' | 'organisation' | 'person' | 'event';
  name: string;
  uri: string;
  code: string;
}

/** What the item says about itself: who made it, when, and on what terms. */
export interface WireMeta {
  version: string;
  firstCreated: string;
  versionCreated: string;
  urgency: number | null;
  copyrightHolder: string;
  copyrightNotice: string;
  usageTerms: string;
  infoSources: string[];
  standard: string;
}

export interface WireItem {
  version: NinjsMajorVersion;
  uri: string;
  type: string;
  headlines: NinjsText[];
  descriptions: NinjsText[];
  bodies: NinjsText[];
  by: string;
  located: string;
  language: string;
  slugline: string;
  ednote: string;
  pubstatus: string;
  title: string;
  concepts: WireConcept[];
  meta: WireMeta;
  renditions: NinjsRendition[];
  associations: NinjsAssociation[];
  /** The Copydesk profile's own property, unchecked. */
  copydesk: unknown;
}

export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringAt(data: Json, ...keys: string[]): string {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string') return value;
  }
  return '';
}

function numberAt(data: Json, ...keys: string[]): number | null {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return null;
}

function objectsAt(data: Json, key: string): Json[] {
  const value = data[key];
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

const CAMEL_CASE_MARKERS = ['versionCreated', 'firstCreated', 'contentCreated', 'pubStatus', 'edNote', 'altIds', 'infoSources', 'representationType', 'embargoedUntil'];
const VERSION_ONE_MARKERS = ['headline', 'byline', 'subject', 'place', 'person', 'organisation', '$standard'];

export function detectNinjsVersion(data: Json): NinjsMajorVersion {
  const standard = isJsonObject(data.standard) ? data.standard : isJsonObject(data.$standard) ? data.$standard : null;
  const declared = standard && typeof standard.version === 'string' && standard.name !== undefined && /ninjs/i.test(String(standard.name)) ? Number.parseInt(standard.version, 10) : NaN;
  if (declared === 1 || declared === 2 || declared === 3) return declared;
  if (CAMEL_CASE_MARKERS.some((key) => key in data)) return 3;
  if (VERSION_ONE_MARKERS.some((key) => key in data) || Object.keys(data).some((key) => /^(body|description)_/.test(key)) || isJsonObject(data.associations)) return 1;
  return 2;
}

function texts(data: Json, key: string): NinjsText[] {
  return objectsAt(data, key)
    .filter((entry) => typeof entry.value === 'string')
    .map((entry) => ({ role: stringAt(entry, 'role'), contentType: stringAt(entry, 'contenttype', 'contentType'), value: entry.value as string }));
}

/** 1.x spreads variants over `body_html`, `body_text`, `description_xhtml`…: the suffix says the format. */
function suffixedTexts(data: Json, prefix: string): NinjsText[] {
  return Object.entries(data)
    .filter(([key, value]) => key.startsWith(prefix) && typeof value === 'string')
    .map(([key, value]) => {
      const suffix = key.slice(prefix.length);
      const contentType = /html/.test(suffix) ? 'text/html' : suffix === 'text' ? 'text/plain' : '';
      return { role: suffix, contentType, value: value as string };
    });
}

function renditions(data: Json): NinjsRendition[] {
  const raw = data.renditions;
  const entries: [string, Json][] = Array.isArray(raw)
    ? raw.filter(isJsonObject).map((entry) => [stringAt(entry, 'name'), entry])
    : isJsonObject(raw)
      ? Object.entries(raw).filter((entry): entry is [string, Json] => isJsonObject(entry[1]))
      : [];
  return entries.map(([name, entry]) => ({
    name,
    href: stringAt(entry, 'href') || null,
    contentType: stringAt(entry, 'contenttype', 'contentType', 'mimetype'),
    width: numberAt(entry, 'width'),
    height: numberAt(entry, 'height'),
  }));
}

function associations(data: Json): NinjsAssociation[] {
  const raw = data.associations;
  if (Array.isArray(raw)) return raw.filter(isJsonObject).map((entry) => ({ name: stringAt(entry, 'name'), item: readWireItem(entry) }));
  if (isJsonObject(raw)) {
    return Object.entries(raw)
      .filter((entry): entry is [string, Json] => isJsonObject(entry[1]))
      .map(([name, entry]) => ({ name, item: readWireItem(entry) }));
  }
  return [];
}

/** 1.x names concepts in the singular and gives a `scheme` and `code`; 2.x and 3.x give `uri` and `literal`. */
const CONCEPT_KEYS: ReadonlyArray<[WireConcept['kind'], string[]]> = [
  ['subject', ['subjects', 'subject']],
  ['place', ['places', 'place']],
  ['organisation', ['organisations', 'organisation', 'organizations']],
  ['person', ['people', 'person']],
  ['event', ['events', 'event']],
];

/** A URI as ninjs means it: an absolute one with a scheme (http://cv.iptc.org/…, or a QCode such as medtop:20000763). */
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

function concept(kind: WireConcept['kind'], entry: Json): WireConcept | null {
  const scheme = stringAt(entry, 'scheme').trim();
  const code = stringAt(entry, 'literal', 'code', 'qcode').trim();
  const given = stringAt(entry, 'uri').trim();
  const fromScheme = code && /^https?:\/\//.test(scheme) ? `${scheme.replace(/\/?$/, '/')}${code}` : '';
  const uri = ABSOLUTE_URI.test(given) ? given : fromScheme;
  const name = stringAt(entry, 'name').trim() || code || uri;
  return name ? { kind, name, uri, code } : null;
}

function concepts(data: Json): WireConcept[] {
  return CONCEPT_KEYS.flatMap(([kind, keys]) => keys.flatMap((key) => objectsAt(data, key)).map((entry) => concept(kind, entry))).filter((found): found is WireConcept => found !== null);
}

function standardOf(data: Json, version: NinjsMajorVersion): string {
  const standard = isJsonObject(data.standard) ? data.standard : isJsonObject(data.$standard) ? data.$standard : null;
  const declared = standard ? stringAt(standard, 'version') : '';
  return `ninjs ${declared || `${version}.x`}`;
}

function meta(data: Json, version: NinjsMajorVersion): WireMeta {
  const urgency = numberAt(data, 'urgency');
  const infoSources = [...objectsAt(data, 'infosources'), ...objectsAt(data, 'infoSources'), ...objectsAt(data, 'infosource')].map((entry) => stringAt(entry, 'name').trim()).filter(Boolean);
  return {
    version: typeof data.version === 'number' ? String(data.version) : stringAt(data, 'version'),
    firstCreated: stringAt(data, 'firstcreated', 'firstCreated'),
    versionCreated: stringAt(data, 'versioncreated', 'versionCreated'),
    urgency: urgency !== null && Number.isInteger(urgency) && urgency >= 1 && urgency <= 9 ? urgency : null,
    copyrightHolder: stringAt(data, 'copyrightholder', 'copyrightHolder').trim(),
    copyrightNotice: stringAt(data, 'copyrightnotice', 'copyrightNotice').trim(),
    usageTerms: stringAt(data, 'usageterms', 'usageTerms').trim(),
    infoSources,
    standard: standardOf(data, version),
  };
}

export function readWireItem(data: Json): WireItem {
  const version = detectNinjsVersion(data);
  const headlineString = stringAt(data, 'headline');
  return {
    version,
    uri: stringAt(data, 'uri'),
    type: stringAt(data, 'type'),
    headlines: [...texts(data, 'headlines'), ...(headlineString ? [{ role: 'main', contentType: '', value: headlineString }] : [])],
    descriptions: [...texts(data, 'descriptions'), ...suffixedTexts(data, 'description_')],
    bodies: [...texts(data, 'bodies'), ...suffixedTexts(data, 'body_')],
    by: stringAt(data, 'by', 'byline'),
    located: stringAt(data, 'located'),
    language: stringAt(data, 'language'),
    slugline: stringAt(data, 'slugline'),
    ednote: stringAt(data, 'ednote', 'edNote'),
    pubstatus: stringAt(data, 'pubstatus', 'pubStatus'),
    title: stringAt(data, 'title'),
    concepts: concepts(data),
    meta: meta(data, version),
    renditions: renditions(data),
    associations: associations(data),
    copydesk: data.copydesk,
  };
}
