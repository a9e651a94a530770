import { isRemoteLeadImage, type Article, type SerializedBodyNode } from '../article/article-schema';
import { excerpt } from '../text/excerpt';
import { checkUrl } from '../text/url-allowlist';
import { findPlaceholders } from '../text/placeholders';
import { bodyPlainText, wordList } from '../text/text-stats';
import { openThreads, pendingSuggestions } from '../review/pending-review';
import { DEFAULT_CHECK_SEVERITIES, PreExportSettingsSchema, type FixedBlockerId, type PreExportCheckId, type PreExportSettingsInput } from './pre-export-settings';
import { headlineBudgetsInForce, measureHeadline, type HeadlineBudgets } from './headline-budgets';
import { checkArticleStyle } from '../style/check-style';
import type { HouseStyle } from '../style/style-file';

export interface PreExportItem {
  id: PreExportCheckId | FixedBlockerId;
  severity: 'blocker' | 'warning';
  /**
   * Where the editor fixes it, as a path the UI can focus: 'headline', 'bylines[0].name',
   * 'leadImage.altText', 'relatedLinks[1].url', 'body'; or the first of the review's items to see
   * to, 'thread:<id>' or 'suggestion:<id>'.
   */
  field: string;
  /** What is wrong and what to do, in plain words. */
  message: string;
}

type Finding = Omit<PreExportItem, 'severity' | 'id'> & { id: PreExportCheckId };

/**
 * The checklist an editor sees before export. Blockers stop the export; warnings are shown and
 * may be overridden. `settings` (validated with PreExportSettingsSchema; throws on invalid input)
 * changes any check's severity or turns it off, and sets the headline budgets.
 */
export function runPreExportCheck(article: Article, settings: PreExportSettingsInput = {}, options: PreExportOptions = {}): PreExportItem[] {
  const { severities, headlineBudgets } = PreExportSettingsSchema.parse(settings);
  const budgets = headlineBudgetsInForce(headlineBudgets);
  const body = collectBody(article.body.root.children);
  const findings = [
    ...headlineFindings(article, budgets),
    ...bylineFindings(article),
    ...imageFindings(article, body.images),
    ...linkFindings(article, body.links),
    ...placeholderFindings(article, body.text),
    ...editorsNoteFindings(article.editorsNote, body.text),
    ...openCommentFindings(article),
    ...(options.houseStyle && severities['style-issues'] !== 'off' ? styleFindings(article, options.houseStyle) : []),
  ];
  const configured = findings.flatMap((finding): PreExportItem[] => {
    const severity = severities[finding.id] ?? DEFAULT_CHECK_SEVERITIES[finding.id];
    return severity === 'off' ? [] : [{ ...finding, severity }];
  });
  return [...pendingSuggestionBlocker(article), ...configured];
}

export interface PreExportOptions {
  /** The house style in force: its open issues (not ignored here or always) are counted as one finding, field 'style'. */
  houseStyle?: HouseStyle;
}

function styleFindings(article: Article, style: HouseStyle): Finding[] {
  const { issues } = checkArticleStyle(article, style);
  if (issues.length === 0) return [];
  const warnings = issues.filter((issue) => issue.severity === 'warning').length;
  const suggestions = issues.length - warnings;
  const kinds = [warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '', suggestions ? `${suggestions} ${suggestions === 1 ? 'suggestion' : 'suggestions'}` : ''].filter(Boolean).join(', ');
  const count = issues.length === 1 ? '1 house-style issue is' : `${issues.length} house-style issues are`;
  return [{ id: 'style-issues', field: 'style', message: `${count} still open (${kinds}). Fix or ignore ${issues.length === 1 ? 'it' : 'them'} in the Style panel.` }];
}

export function hasBlockers(items: readonly PreExportItem[]): boolean {
  return items.some((item) => item.severity === 'blocker');
}

// ---- Review ---------------------------------------------------------------------------------

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function pendingSuggestionBlocker(article: Article): PreExportItem[] {
  const pending = pendingSuggestions(article);
  const [first] = pending;
  if (!first) return [];
  const inBody = pending.filter((suggestion) => suggestion.kind === 'body').length;
  const where = inBody === pending.length ? 'in the body' : inBody === 0 ? 'on the fields' : `${inBody} in the body, ${pending.length - inBody} on the fields`;
  return [
    {
      id: 'pending-suggestions',
      severity: 'blocker',
      field: `suggestion:${first.id}`,
      message: `${counted(pending.length, 'suggestion is', 'suggestions are')} still pending (${where}). Accept or reject ${pending.length === 1 ? 'it' : 'each one'} before exporting.`,
    },
  ];
}

function openCommentFindings(article: Article): Finding[] {
  const open = openThreads(article);
  const [first] = open;
  if (!first) return [];
  return [
    {
      id: 'open-comments',
      field: `thread:${first.id}`,
      message: `${counted(open.length, 'comment thread is', 'comment threads are')} still open. Comments are never exported; resolve ${open.length === 1 ? 'it' : 'them'} once dealt with.`,
    },
  ];
}

// ---- Body -----------------------------------------------------------------------------------

interface BodyContent {
  text: string;
  links: Array<{ url: string; text: string }>;
  images: SerializedBodyNode[];
}

function collectBody(nodes: readonly SerializedBodyNode[]): BodyContent {
  const links: BodyContent['links'] = [];
  const images: SerializedBodyNode[] = [];
  const visit = (node: SerializedBodyNode) => {
    if (node.type === 'link' || node.type === 'autolink') {
      links.push({ url: typeof node.url === 'string' ? node.url : '', text: bodyPlainText({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: node.children ?? [] }] } }) });
    }
    if (node.type === 'image') images.push(node);
    node.children?.forEach(visit);
  };
  nodes.forEach(visit);
  return { text: bodyPlainText({ root: { type: 'root', version: 1, children: [...nodes] } }), links, images };
}

const quoted = (text: string) => `“${text}”`;


// ---- Headline and bylines -------------------------------------------------------------------

function headlineFindings(article: Article, budgets: HeadlineBudgets): Finding[] {
  if (article.headline.trim() === '') return [{ id: 'headline-empty', field: 'headline', message: 'The headline is empty. Write a headline before exporting.' }];
  const { length, fits } = measureHeadline(article.headline, budgets);
  const over = fits.filter((fit) => fit.over > 0);
  if (over.length === 0) return [];
  const named = over.map(({ medium, budget }) => `${medium} (${budget})`);
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return [{ id: 'headline-too-long', field: 'headline', message: `The headline is ${length} characters, over the ${list} budget${over.length > 1 ? 's' : ''}.` }];
}

function bylineFindings(article: Article): Finding[] {
  // An agency story may run under the agency's name alone.
  if (article.bylines.length === 0 && article.agencyCredit.trim() === '') return [{ id: 'byline-missing', field: 'bylines', message: 'There is no byline. Add the reporter’s name and role.' }];
  return article.bylines.flatMap((byline, index) =>
    byline.name.trim() === ''
      ? [{ id: 'byline-name-empty' as const, field: `bylines[${index}].name`, message: `Byline ${index + 1}${byline.role.trim() ? ` (${byline.role.trim()})` : ''} has no name.` }]
      : [],
  );
}

// ---- Images ---------------------------------------------------------------------------------

/** A photographer or agency credit typed into the caption, like “Interior CAS Millicent Omanga. PHOTO/COURTESY”. */
const CREDIT_IN_CAPTION = /\b(?:photo|picture|image|pic|credit|courtesy)\s*[:/]|©|\bPHOTO\b/i;

function imageFindings(article: Article, inlineImages: readonly SerializedBodyNode[]): Finding[] {
  const findings: Finding[] = [];
  const check = (image: Readonly<Record<string, unknown>>, where: string, field: (key: string) => string) => {
    const text = (key: 'altText' | 'caption' | 'credit') => {
      const value = image[key];
      return typeof value === 'string' ? value.trim() : '';
    };
    if (!text('altText')) findings.push({ id: 'image-alt-missing', field: field('altText'), message: `${where} has no alt text. Describe what it shows for readers who cannot see it.` });
    if (!text('caption')) findings.push({ id: 'image-caption-missing', field: field('caption'), message: `${where} has no caption.` });
    if (!text('credit')) {
      const inCaption = CREDIT_IN_CAPTION.test(text('caption'));
      findings.push({
        id: 'image-credit-missing',
        field: field('credit'),
        message: inCaption ? `${where} has no credit; it looks typed into the caption. Move it to the credit field.` : `${where} has no credit. Add the photographer or agency.`,
      });
    }
  };
  if (article.leadImage) check(article.leadImage, 'The lead image', (key) => `leadImage.${key}`);
  if (article.leadImage && isRemoteLeadImage(article.leadImage)) {
    const where = article.leadImage.remote.href || article.leadImage.remote.uri;
    findings.push({ id: 'lead-image-remote', field: 'leadImage', message: `The lead picture is still at the agency (${quoted(excerpt(where))}); the export would go without it. Attach the picture file, or remove the lead image.` });
  }
  for (const image of inlineImages) {
    const file = typeof image.file === 'string' ? image.file.replace(/^assets\//, '') : '';
    check(image, `The picture ${quoted(file)} in the body`, () => 'body');
  }
  return findings;
}

// ---- Links ----------------------------------------------------------------------------------

const PRIVATE_IPV4 = /^(?:127\.|10\.|0\.|192\.168\.|169\.254\.|172\.(?:1[6-9]|2\d|3[01])\.)/;
const EXAMPLE_HOST = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)$/;

/** Why an address that passes the allowlist still looks like it will not reach a reader, or null. */
export function unreachableReason(input: string): string | null {
  const trimmed = input.trim();
  if (/\s/.test(trimmed)) return 'has spaces in it';
  const checked = checkUrl(trimmed);
  if (!checked.ok) return null;
  const url = new URL(checked.url);
  if (url.protocol === 'mailto:') {
    const address = decodeURIComponent(url.pathname);
    const domain = address.split('@')[1];
    if (!domain) return 'is an email link without a full address';
    return EXAMPLE_HOST.test(domain.toLowerCase()) ? 'is an example address' : null;
  }
  const host = url.hostname.replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'points to this computer (localhost)';
  if (EXAMPLE_HOST.test(host)) return 'is an example address';
  if (/^\d+(\.\d+){3}$/.test(host)) return PRIVATE_IPV4.test(host) ? 'points to a private network address' : null;
  const ending = host.split('.').at(-1) ?? '';
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/.test(ending)) return `does not end in a real domain (“.${ending}”)`;
  return null;
}

const GOOGLE_DOCS_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\/document\//, 'a Google Docs document'],
  [/^\/spreadsheets\//, 'a Google Sheets spreadsheet'],
  [/^\/presentation\//, 'a Google Slides presentation'],
];

/**
 * What private document a link opens (a reporter's Google Doc, a file on a SharePoint or OneDrive,
 * a file on their computer), or null. Such links come in with pasted copy and lead readers nowhere.
 */
export function privateDocumentKind(input: string): string | null {
  const trimmed = input.trim();
  if (/^file:/i.test(trimmed)) return 'a file on the writer’s computer';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'docs.google.com') return GOOGLE_DOCS_KINDS.find(([path]) => path.test(url.pathname))?.[1] ?? 'a Google Docs file';
  if (host === 'sheets.google.com') return 'a Google Sheets spreadsheet';
  if (host === 'slides.google.com') return 'a Google Slides presentation';
  if (host === 'drive.google.com') return 'a Google Drive file';
  if (host === 'sharepoint.com' || host.endsWith('.sharepoint.com')) return 'a SharePoint document';
  if (host === '1drv.ms' || host === 'onedrive.live.com') return 'a OneDrive file';
  return null;
}

function linkFindings(article: Article, bodyLinks: BodyContent['links']): Finding[] {
  const findings: Finding[] = [];
  const checkAddress = (url: string, field: string, label: string) => {
    const privateKind = privateDocumentKind(url);
    if (privateKind) {
      findings.push({ id: 'link-to-private-document', field, message: `${label} goes to ${privateKind} (${quoted(excerpt(url))}), which readers cannot open. Link a public source or take the link out.` });
    }
    const checked = checkUrl(url);
    if (!checked.ok) {
      findings.push({ id: 'link-not-allowed', field, message: `${label} will not be exported as a link: ${checked.reason}` });
      return;
    }
    const reason = unreachableReason(url);
    if (reason) findings.push({ id: 'link-looks-unreachable', field, message: `${label} ${quoted(excerpt(url))} ${reason}. Check it goes where it should.` });
  };
  article.relatedLinks.forEach((related, index) => {
    const label = `Related link ${index + 1}`;
    if (related.title.trim() === '') findings.push({ id: 'related-link-title-missing', field: `relatedLinks[${index}].title`, message: `${label} has no title.` });
    checkAddress(related.url, `relatedLinks[${index}].url`, label);
  });
  for (const link of bodyLinks) checkAddress(link.url, 'body', `The link on ${quoted(excerpt(link.text, 40))} in the body`);
  return findings;
}

// ---- Placeholders ---------------------------------------------------------------------------

function placeholderFindings(article: Article, bodyText: string): Finding[] {
  const fields: Array<[string, string, string]> = [
    ['section', 'The section', article.section],
    ['headline', 'The headline', article.headline],
    ['standfirst', 'The standfirst', article.standfirst],
    ...article.bylines.flatMap((byline, index): Array<[string, string, string]> => [
      [`bylines[${index}].name`, `Byline ${index + 1}’s name`, byline.name],
      [`bylines[${index}].role`, `Byline ${index + 1}’s role`, byline.role],
    ]),
    ['dateline', 'The dateline', article.dateline],
    ['leadImage.altText', 'The lead image’s alt text', article.leadImage?.altText ?? ''],
    ['leadImage.caption', 'The lead image’s caption', article.leadImage?.caption ?? ''],
    ['leadImage.credit', 'The lead image’s credit', article.leadImage?.credit ?? ''],
    ['body', 'The body', bodyText],
    ...article.relatedLinks.map((related, index): [string, string, string] => [`relatedLinks[${index}].title`, `Related link ${index + 1}’s title`, related.title]),
  ];
  return fields.flatMap(([field, label, text]) => {
    const found = findPlaceholders(text);
    if (found.length === 0) return [];
    return [{ id: 'placeholder-left' as const, field, message: `${label} still has ${found.length === 1 ? 'a placeholder' : 'placeholders'}: ${found.map((placeholder) => quoted(placeholder)).join(', ')}.` }];
  });
}

// ---- Editor's note in the body --------------------------------------------------------------

const NOTE_OPENING = /^\s*(?:(?:editor['’]?s['’]?\s+note|ed\.?\s+note|note\s+to\s+(?:the\s+)?(?:editors?|desk|subs)|internal\s+note)\b|\[\s*internal\s*\])/i;
/** How many words in a row the body must share with the editor's note to count as pasted. */
const SHARED_RUN = 8;
/** Notes shorter than this are too generic to look for. */
const SHORTEST_NOTE = 3;

function editorsNoteFindings(note: string, bodyText: string): Finding[] {
  const findings: Finding[] = [];
  const pasted = sharedRun(note, bodyText);
  if (pasted) {
    findings.push({ id: 'editors-note-in-body', field: 'body', message: `The body contains the editor’s note (${quoted(excerpt(pasted))}). Take it out before export: the note is for the newsroom only.` });
  }
  for (const line of bodyText.split('\n')) {
    if (NOTE_OPENING.test(line)) {
      findings.push({ id: 'editors-note-in-body', field: 'body', message: `The body has a paragraph that reads like a note to editors: ${quoted(excerpt(line))}. If it is meant for readers, ignore this.` });
    }
  }
  return findings;
}

/** The first run of words the note shares with the body (all of a short note, else SHARED_RUN words), as written in the note; or null. */
function sharedRun(note: string, bodyText: string): string | null {
  const noteWords = wordList(note);
  const size = Math.min(SHARED_RUN, noteWords.length);
  if (size < SHORTEST_NOTE) return null;
  const noteKeys = noteWords.map((word) => word.toLowerCase());
  const bodyKeys = wordList(bodyText.toLowerCase());
  const positions = new Map<string, number[]>();
  bodyKeys.forEach((word, index) => {
    const list = positions.get(word);
    if (list) list.push(index);
    else positions.set(word, [index]);
  });
  const matchesAt = (noteStart: number, bodyStart: number) => {
    for (let offset = 0; offset < size; offset += 1) if (bodyKeys[bodyStart + offset] !== noteKeys[noteStart + offset]) return false;
    return true;
  };
  for (let start = 0; start + size <= noteKeys.length; start += 1) {
    if ((positions.get(noteKeys[start] ?? '') ?? []).some((bodyStart) => matchesAt(start, bodyStart))) return noteWords.slice(start, start + size).join(' ');
  }
  return null;
}
