import { defaultTreeAdapter, html, type DefaultTreeAdapterTypes } from 'parse5';

/** Small edits on a parse5 tree, for the paste cleaners that rewrite clipboard markup before it becomes body nodes. */

export type HtmlNode = DefaultTreeAdapterTypes.ChildNode;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
export type HtmlParent = DefaultTreeAdapterTypes.ParentNode;

export function isElement(node: HtmlNode | HtmlParent): node is HtmlElement {
  return 'tagName' in node;
}

export function isText(node: HtmlNode): node is DefaultTreeAdapterTypes.TextNode {
  return node.nodeName === '#text';
}

export function isComment(node: HtmlNode): node is DefaultTreeAdapterTypes.CommentNode {
  return node.nodeName === '#comment';
}

export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

export function setAttribute(element: HtmlElement, name: string, value: string): void {
  const existing = element.attrs.find((attr) => attr.name === name);
  if (existing) existing.value = value;
  else element.attrs.push({ name, value });
}

export function hasClass(element: HtmlElement, pattern: RegExp): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).some((name) => pattern.test(name));
}

export function createElement(tagName: string, attrs: Record<string, string> = {}): HtmlElement {
  return defaultTreeAdapter.createElement(
    tagName,
    html.NS.HTML,
    Object.entries(attrs).map(([name, value]) => ({ name, value })),
  );
}

export function createText(value: string): DefaultTreeAdapterTypes.TextNode {
  return defaultTreeAdapter.createTextNode(value);
}

export function append(parent: HtmlParent, ...nodes: HtmlNode[]): void {
  for (const node of nodes) {
    if (node.parentNode) defaultTreeAdapter.detachNode(node);
    defaultTreeAdapter.appendChild(parent, node);
  }
}

export function remove(node: HtmlNode): void {
  defaultTreeAdapter.detachNode(node);
}

/** Puts `replacement` where `node` is; `node` leaves the tree. */
export function replace(node: HtmlNode, ...replacement: HtmlNode[]): void {
  const parent = node.parentNode;
  if (!parent) return;
  for (const next of replacement) {
    if (next.parentNode) defaultTreeAdapter.detachNode(next);
    defaultTreeAdapter.insertBefore(parent, next, node);
  }
  defaultTreeAdapter.detachNode(node);
}

/** Removes the element and keeps what it held in its place. */
export function unwrap(element: HtmlElement): void {
  replace(element, ...element.childNodes.slice());
}

/** Moves the element's children into a new element of `tagName` inside it (the element keeps its place). */
export function wrapChildren(element: HtmlParent, tagName: string): HtmlElement {
  const wrapper = createElement(tagName);
  append(wrapper, ...element.childNodes.slice());
  append(element, wrapper);
  return wrapper;
}

export function textContent(node: HtmlNode | HtmlParent): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

/** Every element under `root`, in document order, collected before the caller changes the tree. */
export function elementsUnder(root: HtmlParent): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (parent: HtmlParent) => {
    for (const child of parent.childNodes) {
      if (!isElement(child)) continue;
      found.push(child);
      visit(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
    }
  };
  visit(root);
  return found;
}

export function isInsideTree(node: HtmlNode, root: HtmlParent): boolean {
  for (let parent = node.parentNode; parent; parent = 'parentNode' in parent ? parent.parentNode : null) if (parent === root) return true;
  return false;
}

export function closest(node: HtmlNode, tagNames: ReadonlySet<string>): HtmlElement | null {
  for (let parent = node.parentNode; parent && isElement(parent); parent = parent.parentNode) if (tagNames.has(parent.tagName)) return parent;
  return null;
}

type TextNode = DefaultTreeAdapterTypes.TextNode;
type CommentNode = DefaultTreeAdapterTypes.CommentNode;

function nodesUnder<T extends HtmlNode>(root: HtmlParent, wanted: (node: HtmlNode) => node is T): T[] {
  const found: T[] = [];
  const visit = (parent: HtmlParent) => {
    for (const child of parent.childNodes) {
      if (wanted(child)) found.push(child);
      else if (isElement(child) && child.tagName !== 'style' && child.tagName !== 'script') visit(child);
    }
  };
  visit(root);
  return found;
}

/** The text under `root` in document order, leaving out style sheets and scripts. */
export function textNodesUnder(root: HtmlParent): TextNode[] {
  return nodesUnder(root, isText);
}

export function commentsUnder(root: HtmlParent): CommentNode[] {
  return nodesUnder(root, isComment);
}
