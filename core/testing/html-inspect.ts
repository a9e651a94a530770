import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

/** Every element of an HTML document or fragment, parsed the way a browser parses it (parse5). */
export function htmlElements(html: string, options: { fragment?: boolean } = {}): HtmlElement[] {
  const root: ParentNode = options.fragment ? parseFragment(html) : parse(html);
  const elements: HtmlElement[] = [];
  const visit = (node: ParentNode | ChildNode) => {
    if ('tagName' in node) elements.push(node);
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(root);
  return elements;
}

export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The text inside an element, as a browser's textContent gives it. */
export function textContent(node: ParentNode | ChildNode): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

/** Everything in parsed HTML that could run script or leave the http/https/mailto allowlist. */
export function activeContent(elements: readonly HtmlElement[]): string[] {
  const problems: string[] = [];
  for (const element of elements) {
    for (const attr of element.attrs) {
      if (/^on/i.test(attr.name)) problems.push(`<${element.tagName}> has event handler ${attr.name}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name) && /^\s*(javascript|vbscript|data:text)/i.test(attr.value)) {
        problems.push(`<${element.tagName}> ${attr.name}="${attr.value}"`);
      }
    }
    if (element.tagName === 'a' && !/^(https?:|mailto:)/.test(attribute(element, 'href') ?? '')) problems.push(`<a href="${attribute(element, 'href')}">`);
    if (['iframe', 'object', 'embed', 'form', 'base', 'svg', 'math'].includes(element.tagName)) problems.push(`<${element.tagName}>`);
    if (element.tagName === 'script' && attribute(element, 'type') !== 'application/ld+json') problems.push('<script> that is not JSON-LD');
  }
  return problems;
}

/** All the text of an HTML document or fragment, as a reader would see it. */
export function htmlText(html: string, options: { fragment?: boolean } = {}): string {
  return textContent(options.fragment ? parseFragment(html) : parse(html));
}
