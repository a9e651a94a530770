import type { SerializedBodyNode } from '../../../core/article/article-schema';
import { blockStyleTexts, type FieldStyleTexts } from '../../../core/style/article-texts';
import type { StyleReport } from '../../../core/style/check-style';
import type { HouseStyle } from '../../../core/style/style-file';
import type { StyleText } from '../../../core/style/style-issue';

/** One text of a top-level body block, placed within the block (its index in the body is added by order). */
export interface BlockText {
  path: readonly number[];
  property?: string;
  text: string;
}

/**
 * What the page sends the style worker. The worker keeps each block's texts by its Lexical key, so a
 * check after a keystroke carries only the blocks that changed, the order of the body's keys, and the
 * (short) field texts.
 */
export type StyleCheckRequest =
  | { kind: 'style'; style: HouseStyle }
  | { kind: 'check'; seq: number; order: readonly string[]; changed: ReadonlyArray<readonly [string, BlockText[]]>; fields: FieldStyleTexts; ignores: readonly string[]; language: string };

export interface StyleCheckReply {
  seq: number;
  report: StyleReport;
}

/** A block's texts as the worker keeps them: blockStyleTexts without the block's index, which changes as blocks come and go. */
export function blockTexts(block: SerializedBodyNode): BlockText[] {
  return blockStyleTexts(block, 0).map(({ place, text }) => (place.kind === 'body' ? { path: place.path, ...(place.property ? { property: place.property } : {}), text } : { path: [], text }));
}

/** Every text in reading order, each block's placed at its index in `order`. */
export function textsInOrder(fields: FieldStyleTexts, order: readonly string[], blocks: ReadonlyMap<string, readonly BlockText[]>): StyleText[] {
  const body = order.flatMap((key, blockIndex) =>
    (blocks.get(key) ?? []).map(({ path, property, text }): StyleText => ({ place: { kind: 'body', blockIndex, path, ...(property ? { property } : {}) }, text })),
  );
  return [...fields.beforeBody, ...body, ...fields.afterBody];
}
