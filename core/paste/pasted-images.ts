import type { SerializedBodyNode } from '../article/article-schema';
import type { StoredImage } from '../host-api/contract';
import { base64Decode } from '../export/base64';
import { image, text } from '../testing/body-builders';
import { attribute, createText, elementsUnder, replace, type HtmlParent } from '../import/html-tree';

/**
 * Pictures in pasted HTML. One carried inside the markup (a data: URI) is kept: its bytes go to the
 * draft's assets and it becomes an inline image. One that lives elsewhere (https:, a file on the
 * computer that copied it) is never fetched: its alt text stays as text and the paste says so.
 */

/** Largest picture a paste stores, as for any image the draft takes in. */
export const MAX_PASTED_IMAGE_BYTES = 50 * 1024 * 1024;

const STORABLE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']);

export interface PastedImage {
  bytes: Uint8Array;
  mediaType: string;
  altText: string;
}

export interface LeftOutImage {
  /** The address as pasted, or a description for pictures that had none worth showing. */
  source: string;
  altText: string;
  /** Why it was left out, as the end of a sentence: “is on the web and was not downloaded”. */
  reason: string;
}

// Private-use characters never appear in copy, so they can mark a picture's place through the body cleaner.
const MARK_START = '\uE000';
const MARK_END = '\uE001';
const MARK = /\uE000(\d+)\uE001/g;

const PENDING_PREFIX = 'pending:';

/** A data: URI's media type (lower case) and, when it is base64, its bytes; null when `source` is no data: URI. */
export function dataUri(source: string): { mediaType: string; bytes: Uint8Array | null } | null {
  const data = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/is.exec(source);
  if (!data) return null;
  return { mediaType: (data[1] ?? '').toLowerCase(), bytes: /;base64/i.test(data[2] ?? '') ? base64Decode(data[3] ?? '') : null };
}

function describeSource(source: string): string {
  return source.length > 120 ? `${source.slice(0, 119)}…` : source;
}

/** Takes every <img> out of the tree: kept ones leave a mark for placeImages, the others their alt text. */
export function takeImages(root: HtmlParent): { images: PastedImage[]; leftOut: LeftOutImage[] } {
  const images: PastedImage[] = [];
  const leftOut: LeftOutImage[] = [];
  for (const element of elementsUnder(root)) {
    if (element.tagName !== 'img') continue;
    const source = (attribute(element, 'src') ?? '').trim();
    const altText = (attribute(element, 'alt') ?? attribute(element, 'title') ?? '').replace(/\s+/g, ' ').trim();
    const data = dataUri(source);
    if (data) {
      const { mediaType, bytes } = data;
      if (!STORABLE_TYPES.has(mediaType) || !bytes) {
        leftOut.push({ source: `a pasted ${mediaType || 'picture'}`, altText, reason: 'is not a JPEG, PNG, GIF, WebP or AVIF image' });
      } else if (bytes.length > MAX_PASTED_IMAGE_BYTES) {
        leftOut.push({ source: `a pasted ${mediaType}`, altText, reason: 'is over the 50 MB limit for images' });
      } else {
        replace(element, createText(`${MARK_START}${images.length}${MARK_END}`));
        images.push({ bytes, mediaType, altText });
        continue;
      }
    } else if (source !== '') {
      const local = /^(?:file|blob|cid):/i.test(source);
      leftOut.push({
        source: describeSource(source),
        altText,
        reason: local ? 'is a file on the computer it was copied from and could not be read' : 'is on the web and was not downloaded',
      });
    }
    replace(element, ...(altText ? [createText(altText)] : []));
  }
  return { images, leftOut };
}

function pendingImage(index: number, altText: string): SerializedBodyNode {
  return image({ file: `${PENDING_PREFIX}${index}`, altText, caption: '', credit: '' });
}

function splitText(node: SerializedBodyNode, images: readonly PastedImage[]): SerializedBodyNode[] {
  const value = typeof node.text === 'string' ? node.text : '';
  if (!value.includes(MARK_START)) return [node];
  const parts: SerializedBodyNode[] = [];
  let last = 0;
  for (const match of value.matchAll(MARK)) {
    const before = value.slice(last, match.index);
    if (before) parts.push({ ...node, text: before });
    const index = Number(match[1]);
    parts.push(pendingImage(index, images[index]?.altText ?? ''));
    last = match.index + match[0].length;
  }
  const after = value.slice(last);
  if (after) parts.push({ ...node, text: after });
  return parts;
}

/** Inline content with the marks turned into pending image nodes; a picture inside a link moves out after it. */
function placeInline(children: readonly SerializedBodyNode[], images: readonly PastedImage[]): SerializedBodyNode[] {
  return children.flatMap((child) => {
    if (child.type === 'text') return splitText(child, images);
    if (!child.children) return [child];
    const placed = placeInline(child.children, images);
    if (child.type !== 'link' && child.type !== 'autolink') return [{ ...child, children: placed }];
    const pictures = placed.filter((node) => node.type === 'image');
    const linked = placed.filter((node) => node.type !== 'image');
    return [...(linked.length > 0 ? [{ ...child, children: linked }] : []), ...pictures];
  });
}

/** Blocks with each picture mark replaced by an image node whose file is still pending (see withStoredImages). */
export function placeImages(blocks: readonly SerializedBodyNode[], images: readonly PastedImage[]): SerializedBodyNode[] {
  if (images.length === 0) return [...blocks];
  return placeInline(blocks, images);
}

/**
 * Fills in the pending files once the host stored the pictures (`stored[i]` for `images[i]`, null
 * when storing it failed: the picture is then left out like a remote one, its alt text kept as text).
 */
export function withStoredImages(blocks: readonly SerializedBodyNode[], stored: readonly (StoredImage | null)[]): SerializedBodyNode[] {
  const fill = (nodes: readonly SerializedBodyNode[]): SerializedBodyNode[] =>
    nodes.flatMap((node) => {
      if (node.type === 'image' && typeof node.file === 'string' && node.file.startsWith(PENDING_PREFIX)) {
        const picture = stored[Number(node.file.slice(PENDING_PREFIX.length))];
        if (!picture) return typeof node.altText === 'string' && node.altText !== '' ? [text(node.altText)] : [];
        return [{ ...node, file: picture.file, ...(picture.width ? { width: picture.width } : {}), ...(picture.height ? { height: picture.height } : {}) }];
      }
      return node.children ? [{ ...node, children: fill(node.children) }] : [node];
    });
  return fill(blocks);
}

/** The sentence telling the reporter which pictures the paste left out and why; null when none were. */
export function leftOutNotice(leftOut: readonly LeftOutImage[]): string | null {
  if (leftOut.length === 0) return null;
  const each = leftOut.map((picture) => `${picture.altText ? `“${picture.altText}” ` : 'a picture '}(${picture.source}) ${picture.reason}`);
  const count = leftOut.length === 1 ? 'a picture' : `${leftOut.length} pictures`;
  const altKept = leftOut.some((picture) => picture.altText) ? ' Its alt text is in the body where it was.' : '';
  return `Pasted without ${count}: ${each.join('; ')}.${leftOut.length > 1 ? altKept.replace('Its', 'Their') : altKept} To use a picture, save it and insert it from a file.`;
}

/** Image nodes waiting for their files, one per picture (clipboard image data has no markup to place them in). */
export function pendingImages(images: readonly { altText: string }[]): SerializedBodyNode[] {
  return images.map((picture, index) => pendingImage(index, picture.altText));
}

const SPLITTABLE = new Set(['paragraph', 'heading', 'quote']);

function containsImage(node: SerializedBodyNode): boolean {
  return node.children?.some((child) => child.type === 'image' || containsImage(child)) ?? false;
}

function withoutImages(node: SerializedBodyNode, taken: SerializedBodyNode[]): SerializedBodyNode {
  if (!node.children) return node;
  const children = node.children.flatMap((child) => {
    if (child.type === 'image') {
      taken.push(child);
      return [];
    }
    return [withoutImages(child, taken)];
  });
  return { ...node, children };
}

function hasWords(node: SerializedBodyNode): boolean {
  if (typeof node.text === 'string' && node.text.trim() !== '') return true;
  return node.children?.some(hasWords) ?? false;
}

/** The space that stood beside a picture does not start or end the paragraph it leaves. */
function trimEdges(run: SerializedBodyNode[]): SerializedBodyNode[] {
  const trimmed = [...run];
  const first = trimmed[0];
  if (first?.type === 'text' && typeof first.text === 'string') trimmed[0] = { ...first, text: first.text.trimStart() };
  const lastIndex = trimmed.length - 1;
  const last = trimmed[lastIndex];
  if (last?.type === 'text' && typeof last.text === 'string') trimmed[lastIndex] = { ...last, text: last.text.trimEnd() };
  return trimmed.filter((node) => node.type !== 'text' || node.text !== '');
}

/**
 * A picture in the body is a block of its own: a paragraph (or subhead, or quote) holding one splits
 * around it; in a list or table it moves out to just after that block. Runs left without words go.
 */
export function liftImagesToBlocks(blocks: readonly SerializedBodyNode[]): SerializedBodyNode[] {
  return blocks.flatMap((block) => {
    if (block.type === 'image' || !containsImage(block)) return [block];
    const out: SerializedBodyNode[] = [];
    if (SPLITTABLE.has(block.type) && block.children) {
      let run: SerializedBodyNode[] = [];
      const flush = () => {
        const part = { ...block, children: trimEdges(run) };
        if (hasWords(part)) out.push(part);
        run = [];
      };
      for (const child of block.children) {
        if (child.type === 'image') {
          flush();
          out.push(child);
        } else {
          const taken: SerializedBodyNode[] = [];
          run.push(withoutImages(child, taken));
          if (taken.length > 0) {
            flush();
            out.push(...taken);
          }
        }
      }
      flush();
      return out;
    }
    const taken: SerializedBodyNode[] = [];
    const rest = withoutImages(block, taken);
    return [rest, ...taken];
  });
}
