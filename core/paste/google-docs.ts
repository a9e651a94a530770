import { attribute, closest, elementsUnder, isElement, replace, setAttribute, textContent, unwrap, type HtmlElement, type HtmlParent } from '../import/html-tree';
import { removeSuggestedDeletions } from './docs-suggestions';
import { buildNestedLists, type LeveledItem } from './list-levels';
import { parseStyle } from './style-declarations';

/**
 * Google Docs' clipboard HTML: everything sits in `<b style="font-weight:normal" id="docs-internal-guid-…">`,
 * formatting is style text on spans, list levels are aria-level on each <li>, links go through
 * google.com/url redirects. Suggestions are not marked in the HTML at all (suggested and deleted
 * words simply run together); only Docs' own slice-clip data says where they are (docs-suggestions.ts).
 */

const GUID_PREFIX = 'docs-internal-guid-';

export function isGoogleDocsHtml(root: HtmlParent): boolean {
  return elementsUnder(root).some((element) => attribute(element, 'id')?.startsWith(GUID_PREFIX));
}

/** `sliceClip`: the copy's application/x-vnd.google-docs-document-slice-clip+wrapped data, where Docs records suggestions. */
export function cleanGoogleDocs(root: HtmlParent, sliceClip: string | undefined): void {
  for (const element of elementsUnder(root)) {
    if (attribute(element, 'id')?.startsWith(GUID_PREFIX)) unwrap(element);
  }
  if (sliceClip) removeSuggestedDeletions(root, sliceClip);
  for (const element of elementsUnder(root)) if (element.tagName === 'a') unwrapRedirect(element);
  rebuildLists(root);
  markTitles(root);
}

/** Docs sends some links through https://www.google.com/url?q=<target>&sa=D…; the link keeps its target. */
export function unwrapRedirect(link: HtmlElement): void {
  const href = attribute(link, 'href');
  if (!href) return;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return;
  }
  if (!/^(?:www\.)?google\.[a-z.]+$/.test(url.hostname) || url.pathname !== '/url') return;
  const target = url.searchParams.get('q') ?? url.searchParams.get('url');
  if (target) setAttribute(link, 'href', target);
}

const LIST_TAGS = new Set(['ul', 'ol']);
const BULLET_STYLES = new Set(['disc', 'circle', 'square', 'none']);

/** Each outermost list is rebuilt from its items' aria-level and list-style-type, which Docs always writes. */
function rebuildLists(root: HtmlParent): void {
  const outermost = elementsUnder(root).filter((element) => LIST_TAGS.has(element.tagName) && !closest(element, LIST_TAGS));
  for (const list of outermost) {
    const items: LeveledItem[] = elementsUnder(list)
      .filter((element) => element.tagName === 'li')
      .map((item) => ({
        level: listLevel(item, list),
        ordered: isOrdered(item),
        content: item.childNodes.filter((child) => !(isElement(child) && LIST_TAGS.has(child.tagName))),
      }));
    replace(list, ...buildNestedLists(items));
  }
}

function listLevel(item: HtmlElement, outermost: HtmlElement): number {
  const level = Number.parseInt(attribute(item, 'aria-level') ?? '', 10);
  if (Number.isSafeInteger(level) && level > 0) return level;
  let depth = 1;
  for (let parent = item.parentNode; parent && parent !== outermost && isElement(parent); parent = parent.parentNode) if (LIST_TAGS.has(parent.tagName)) depth += 1;
  return depth;
}

function isOrdered(item: HtmlElement): boolean {
  const type = parseStyle(attribute(item, 'style')).get('list-style-type')?.toLowerCase();
  if (type) return !BULLET_STYLES.has(type);
  const parent = item.parentNode;
  return parent !== null && isElement(parent) && parent.tagName === 'ol';
}

const TITLE_POINTS = 20;

function points(fontSize: string | undefined): number | null {
  const match = /^([\d.]+)(pt|px)$/.exec(fontSize?.trim().toLowerCase() ?? '');
  if (!match) return null;
  const size = Number.parseFloat(match[1] ?? '');
  return match[2] === 'px' ? size * 0.75 : size;
}

/** Docs' Title style arrives as a plain paragraph in 26 pt type: a paragraph set wholly at 20 pt or more is a title. */
function markTitles(root: HtmlParent): void {
  for (const paragraph of elementsUnder(root)) {
    if (paragraph.tagName !== 'p' || closest(paragraph, new Set(['li', 'td', 'th']))) continue;
    const runs = elementsUnder(paragraph).filter((element) => element.tagName === 'span' && textContent(element).trim() !== '');
    if (runs.length === 0) continue;
    const allLarge = runs.every((run) => (points(parseStyle(attribute(run, 'style')).get('font-size')) ?? 0) >= TITLE_POINTS);
    const looseText = paragraph.childNodes.some((child) => !isElement(child) && textContent(child).trim() !== '');
    if (allLarge && !looseText) {
      paragraph.tagName = 'h1';
      paragraph.nodeName = 'h1';
    }
  }
}
