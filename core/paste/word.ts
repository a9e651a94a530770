import { attribute, commentsUnder, elementsUnder, hasClass, isComment, isText, remove, replace, textContent, textNodesUnder, unwrap, type HtmlElement, type HtmlNode, type HtmlParent } from '../import/html-tree';
import { buildNestedLists, type LeveledItem } from './list-levels';
import { parseStyle } from './style-declarations';

/**
 * Microsoft Word's clipboard HTML (2016 and later, Windows and Mac): lists are paragraphs with
 * `mso-list:l0 level2 lfo1` and a typed marker ("1.", "·", "§") inside `mso-list:Ignore` or
 * `[if !supportLists]` conditionals; Office namespaces (<o:p>, <st1:…>) and track changes
 * (<ins>/<del>) mixed in.
 */

export function isWordHtml(document: HtmlParent, html: string): boolean {
  return (
    /urn:schemas-microsoft-com:office:(?:office|word)/i.test(html) ||
    /<meta[^>]+content=["']?Microsoft Word/i.test(html) ||
    elementsUnder(document).some((element) => hasClass(element, /^Mso/) || /mso-list:/i.test(attribute(element, 'style') ?? ''))
  );
}

export function cleanWord(root: HtmlParent): void {
  rebuildLists(root);
  removeConditionalFallbacks(root);
  for (const element of elementsUnder(root)) cleanElement(element);
  for (const node of textNodesUnder(root)) node.value = node.value.replace(/[\u00a0 ]{2,}/g, ' ');
}

function cleanElement(element: HtmlElement): void {
  const tag = element.tagName;
  const style = parseStyle(attribute(element, 'style'));
  const msoElement = style.get('mso-element')?.toLowerCase();
  if (msoElement === 'comment-list' || hasClass(element, /^MsoCommentReference$/i) || hasClass(element, /^msoDel$/i)) {
    remove(element);
  } else if (tag === 'del' && (attribute(element, 'cite') !== undefined || attribute(element, 'datetime') !== undefined)) {
    // Tracked changes read as they will once accepted.
    remove(element);
  } else if ((tag === 'ins' && (attribute(element, 'cite') !== undefined || attribute(element, 'datetime') !== undefined)) || hasClass(element, /^msoIns$/i)) {
    unwrap(element);
  } else if (tag === 'o:p') {
    if (textContent(element).replace(/\u00a0/g, ' ').trim() === '') remove(element);
    else unwrap(element);
  } else if (hasClass(element, /^MsoTitle$/i)) {
    rename(element, 'h1');
  } else if (hasClass(element, /^Mso(?:Intense)?Quote$/i)) {
    rename(element, 'blockquote');
  }
}

function rename(element: HtmlElement, tagName: string): void {
  element.tagName = tagName;
  element.nodeName = tagName;
}

// ---- Conditional comments ---------------------------------------------------------------------

function conditionOf(node: HtmlNode): string | null {
  if (!isComment(node)) return null;
  const match = /^\[if\s+([^\]]*)\]$/i.exec(node.data.trim());
  return match ? (match[1] ?? '').trim() : null;
}

function isEndif(node: HtmlNode): boolean {
  return isComment(node) && /^\[endif\]$/i.test(node.data.trim());
}

/** The nodes between `[if …]` and its `[endif]` among `start`'s siblings, both comments included. */
function conditionalRange(start: HtmlNode): HtmlNode[] {
  const siblings = start.parentNode?.childNodes ?? [];
  const range: HtmlNode[] = [];
  for (let index = siblings.indexOf(start); index >= 0 && index < siblings.length; index += 1) {
    const node = siblings[index] as HtmlNode;
    range.push(node);
    if (node !== start && isEndif(node)) return range;
  }
  return [start];
}

/**
 * `<![if !supportLists]>` (Windows) and `<!--[if !supportLists]-->` (Mac) hold what Word shows to
 * programs without real lists: the typed marker, line-break stand-ins. Both parse as comments
 * around ordinary nodes; the nodes between go. `[if !vml]` holds an image's fallback <img> and stays.
 */
function removeConditionalFallbacks(root: HtmlParent): void {
  for (const comment of commentsUnder(root)) {
    if (!comment.parentNode) continue;
    const condition = conditionOf(comment);
    if (condition?.startsWith('!support')) conditionalRange(comment).forEach(remove);
  }
}

// ---- Lists ------------------------------------------------------------------------------------

interface ListParagraph {
  element: HtmlElement;
  item: LeveledItem;
}

const LIST_BLOCKS = new Set(['p', 'div']);
/** A numbered heading stays a heading; only its typed number goes, as with every marker. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** "1." "1)" "(a)" "iv." "1.2." and bare numbers are ordered; "·" "o" "§" "–" and other glyphs are bullets. */
const ORDERED_MARKER = /^\(?(?:\d+(?:\.\d+)*[.)]?|(?:[a-z]|[ivxlcdm]+)[.)])$/i;

function listLevel(element: HtmlElement): number | null {
  if (!LIST_BLOCKS.has(element.tagName) && !HEADINGS.has(element.tagName)) return null;
  const value = parseStyle(attribute(element, 'style')).get('mso-list');
  const level = value ? /\blevel(\d+)/i.exec(value)?.[1] : undefined;
  return level ? Number.parseInt(level, 10) : null;
}

/** Takes the typed marker out of a list paragraph and returns its text. */
function takeMarker(paragraph: HtmlElement): string {
  let marker = '';
  for (const element of elementsUnder(paragraph)) {
    if (!element.parentNode) continue;
    if (/mso-list:\s*ignore/i.test(attribute(element, 'style') ?? '')) {
      marker += textContent(element);
      remove(element);
    }
  }
  for (const child of paragraph.childNodes.slice()) {
    if (!child.parentNode || conditionOf(child) !== '!supportLists') continue;
    const range = conditionalRange(child);
    marker += range.map(textContent).join('');
    range.forEach(remove);
  }
  return marker.replace(/[\s\u00a0]+/g, ' ').trim();
}

function toListParagraph(element: HtmlElement): ListParagraph | null {
  const level = listLevel(element);
  if (level === null) return null;
  const marker = takeMarker(element);
  if (HEADINGS.has(element.tagName)) return null;
  const ordered = ORDERED_MARKER.test(marker);
  const number = ordered ? Number.parseInt(/\d+/.exec(marker)?.[0] ?? '', 10) : Number.NaN;
  return {
    element,
    item: { level, ordered, content: element.childNodes.slice(), ...(Number.isSafeInteger(number) ? { number } : {}) },
  };
}

/** The next sibling that is not white space or a comment. */
function nextContentSibling(node: HtmlNode): HtmlNode | null {
  const siblings = node.parentNode?.childNodes ?? [];
  for (let index = siblings.indexOf(node) + 1; index < siblings.length; index += 1) {
    const sibling = siblings[index] as HtmlNode;
    if (isComment(sibling) || (isText(sibling) && sibling.value.trim() === '')) continue;
    return sibling;
  }
  return null;
}

/** Consecutive list paragraphs become one nested list structure in their place. */
function rebuildLists(root: HtmlParent): void {
  const runs: ListParagraph[][] = [];
  let previous: ListParagraph | null = null;
  for (const element of elementsUnder(root)) {
    if (elementsUnder(element).some((inner) => listLevel(inner) !== null)) continue;
    const paragraph = toListParagraph(element);
    if (!paragraph) continue;
    const continues = previous !== null && nextContentSibling(previous.element) === element;
    if (continues) runs.at(-1)?.push(paragraph);
    else runs.push([paragraph]);
    previous = paragraph;
  }
  for (const run of runs) {
    const first = run[0] as ListParagraph;
    replace(first.element, ...buildNestedLists(run.map((paragraph) => paragraph.item)));
    run.slice(1).forEach((paragraph) => remove(paragraph.element));
  }
}
