import { remove, textNodesUnder, type HtmlParent } from '../import/html-tree';

/**
 * Google Docs puts suggested insertions and the words they would delete side by side in its
 * clipboard HTML, unmarked: pasted as is, “the first count was” with “first” suggested away reads
 * as if nothing were suggested, and a replacement reads as both words run together. Docs' own
 * clipboard format (application/x-vnd.google-docs-document-slice-clip+wrapped) holds the copied
 * text (`resolved.dsl_spacers`) and, per character position, the suggestions open there
 * (`resolved.dsl_suggesteddeletions.sgsl_sugg`; null keeps the previous set).
 *
 * The copied view shows each suggestion in place, marked; what a reporter pastes is the text as it
 * reads with them accepted: suggested insertions stay (they are already plain text in the HTML),
 * suggested deletions go. When the HTML's text cannot be matched to the slice clip character for
 * character, nothing is removed: a garbled paste must not also lose words.
 */

export const DOCS_SLICE_CLIP_TYPE = 'application/x-vnd.google-docs-document-slice-clip+wrapped';

interface SliceClip {
  text: string;
  deleted: boolean[];
}

function objectField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The copied text and which of its characters a suggestion deletes; null when the data is not a slice clip. */
export function readSliceClip(wrapped: string): SliceClip | null {
  const outer = parseJson(wrapped);
  // The wrapper holds the clip as a JSON string in `data`; some copies hold the clip directly.
  const clip = parseJson(objectField(outer, 'data')) ?? outer;
  const resolved = objectField(clip, 'resolved');
  const text = objectField(resolved, 'dsl_spacers');
  if (typeof text !== 'string') return null;
  const marks = objectField(objectField(resolved, 'dsl_suggesteddeletions'), 'sgsl_sugg');
  const deleted: boolean[] = [];
  let open = false;
  for (let index = 0; index < text.length; index += 1) {
    const mark = Array.isArray(marks) ? (marks[index] as unknown) : null;
    if (Array.isArray(mark)) open = mark.length > 0;
    deleted.push(open);
  }
  return { text, deleted };
}

const SPACE = /\s/;
/** In the slice clip's text but never in the HTML's: paragraph and table structure, and the '*' standing for an image. */
// eslint-disable-next-line no-control-regex -- Docs marks tables, rows and cells with control characters.
const STRUCTURE = /[\s\u0000-\u001f\uec00-\uecff*]/;

/** For each character (code point) of each text node, whether a suggestion deletes it; null when the texts do not line up. */
function alignDeletions(nodes: ReadonlyArray<{ value: string }>, clip: SliceClip): boolean[][] | null {
  let position = 0;
  const masks: boolean[][] = [];
  for (const node of nodes) {
    const mask: boolean[] = [];
    for (const char of node.value) {
      if (SPACE.test(char)) {
        // Spaces in the HTML match spaces in the clip; layout white space between tags matches nothing.
        if (position < clip.text.length && SPACE.test(clip.text[position] ?? '')) {
          mask.push(clip.deleted[position] ?? false);
          position += 1;
        } else {
          mask.push(false);
        }
        continue;
      }
      while (position < clip.text.length && clip.text[position] !== char && STRUCTURE.test(clip.text[position] ?? '')) position += 1;
      if (clip.text.slice(position, position + char.length) !== char) return null;
      mask.push(clip.deleted[position] ?? false);
      position += char.length;
    }
    masks.push(mask);
  }
  return masks;
}

export function removeSuggestedDeletions(root: HtmlParent, wrappedSliceClip: string): void {
  const clip = readSliceClip(wrappedSliceClip);
  if (!clip || !clip.deleted.includes(true)) return;
  const nodes = textNodesUnder(root);
  const masks = alignDeletions(nodes, clip);
  if (!masks) return;
  nodes.forEach((node, index) => {
    const mask = masks[index] ?? [];
    if (!mask.includes(true)) return;
    const kept = [...node.value].filter((_, offset) => !mask[offset]).join('');
    if (kept === '') remove(node);
    else node.value = kept;
  });
}
