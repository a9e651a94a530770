import { attribute, closest, createElement, elementsUnder, append, type HtmlElement, type HtmlParent } from '../import/html-tree';
import { decorationLines, isBoldWeight, parseStyle } from './style-declarations';

/**
 * Turns formatting written as style text (Google Docs' spans, Word's runs, web pages) into the
 * elements the body cleaner knows: strong, em, u, s, sup, sub. Only the attribute's text is read.
 */

const BOLD_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['i', 'em']);
const LINKS = new Set(['a']);

function rename(element: HtmlElement, tagName: string): void {
  element.tagName = tagName;
  element.nodeName = tagName;
}

/** The semantic elements one element's style text asks for, outermost first. */
function formatsOf(element: HtmlElement): string[] {
  const style = parseStyle(attribute(element, 'style'));
  if (style.size === 0) return [];
  const tags: string[] = [];
  const bold = isBoldWeight(style.get('font-weight'));
  // <b style="font-weight:normal"> (Google Docs wraps every copy in one) is not bold.
  if (bold === false && BOLD_TAGS.has(element.tagName)) rename(element, 'span');
  else if (bold === true && !BOLD_TAGS.has(element.tagName)) tags.push('strong');

  const fontStyle = style.get('font-style')?.toLowerCase();
  const italic = fontStyle === undefined ? undefined : fontStyle.startsWith('italic') || fontStyle.startsWith('oblique');
  if (italic === false && ITALIC_TAGS.has(element.tagName)) rename(element, 'span');
  else if (italic === true && !ITALIC_TAGS.has(element.tagName)) tags.push('em');

  const lines = decorationLines(style);
  // A link's underline is how links look, not formatting the writer chose.
  if (lines?.underline && element.tagName !== 'u' && !LINKS.has(element.tagName) && !closest(element, LINKS)) tags.push('u');
  if (lines?.lineThrough && element.tagName !== 's' && element.tagName !== 'strike' && element.tagName !== 'del') tags.push('s');

  const verticalAlign = style.get('vertical-align')?.toLowerCase();
  if (verticalAlign === 'super' && element.tagName !== 'sup') tags.push('sup');
  if (verticalAlign === 'sub' && element.tagName !== 'sub') tags.push('sub');
  return tags;
}

/** Rewrites every styled element under `root`; the element stays, its content moves into the format elements. */
export function styleTextToElements(root: HtmlParent): void {
  for (const element of elementsUnder(root)) {
    const tags = formatsOf(element);
    if (tags.length === 0) continue;
    const content = element.childNodes.slice();
    let holder: HtmlElement = element;
    for (const tag of tags) {
      const wrapper = createElement(tag);
      append(holder, wrapper);
      holder = wrapper;
    }
    append(holder, ...content);
  }
}
