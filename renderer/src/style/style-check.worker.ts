import { createStyleChecker, type StyleChecker } from '../../../core/style/check-style';
import { textsInOrder, type BlockText, type StyleCheckReply, type StyleCheckRequest } from './style-check-protocol';

/**
 * Runs the house-style checks off the page's thread. It keeps the body's texts by block key and the
 * checker keeps what it found in each text, so a check after a keystroke reads only the changed block.
 */
// The renderer is typed with the DOM library; these are the two worker calls used.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<StyleCheckRequest>) => void): void;
  postMessage(message: StyleCheckReply): void;
};
let checker: StyleChecker | null = null;
const blocks = new Map<string, BlockText[]>();

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.kind === 'style') {
    checker = createStyleChecker(request.style);
    return;
  }
  for (const [key, texts] of request.changed) blocks.set(key, texts);
  const present = new Set(request.order);
  for (const key of blocks.keys()) if (!present.has(key)) blocks.delete(key);
  if (!checker) return;
  const report = checker.checkTexts(textsInOrder(request.fields, request.order, blocks), { ignores: request.ignores, language: request.language });
  scope.postMessage({ seq: request.seq, report });
});
