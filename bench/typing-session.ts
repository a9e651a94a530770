import type { Locator, Page } from 'playwright-core';
import { installTypingProbe, type KeystrokeSample, type LongTask } from './typing-probe';

/** What one page gets typed into it: the same for Copydesk and bare Lexical. */
export interface TypingPlan {
  /** How many top-level blocks the body has: the page is ready once the editor shows them all. */
  bodyBlocks: number;
  /** Index of the top-level body block (a long paragraph in the middle of the article) to type into. */
  blockIndex: number;
  warmupText: string;
  measuredText: string;
  /** Time from sending a key to sending the next, given the text typed so far in this phase (the key just sent last). */
  keyGapMs(typedSoFar: string): number;
}

/** A page showing the article body editor, and how to dispose of it. */
export interface OpenedEditor {
  page: Page;
  close(): Promise<void>;
}

export interface TypingResult {
  samples: KeystrokeSample[];
  longTasks: LongTask[];
}

/** Runs around the measured keys only (not the warm-up), e.g. a CPU profiler. */
export interface MeasureRecorder {
  start(): Promise<void>;
  stop(): Promise<void>;
}

const FRAME_TIMEOUT_MS = 10_000;
/** Time for start-up work (fonts, first stats, idle callbacks) to finish before the first key. */
const SETTLE_MS = 1000;

/** Opens a page, measures typing into it (see measureTyping) and closes it again. */
export async function measurePage(
  open: () => Promise<OpenedEditor>,
  plan: TypingPlan,
  recorderFor?: (page: Page) => MeasureRecorder,
): Promise<TypingResult> {
  const opened = await open();
  try {
    const editor = opened.page.getByRole('textbox', { name: 'Article body', exact: true });
    await editor.waitFor();
    await opened.page.waitForFunction(
      ([count]) => (document.querySelector('[contenteditable="true"][aria-label="Article body"]')?.children.length ?? 0) >= count,
      [plan.bodyBlocks] as const,
    );
    await opened.page.waitForTimeout(SETTLE_MS);
    return await measureTyping(opened.page, editor, plan, recorderFor?.(opened.page));
  } finally {
    await opened.close();
  }
}

/**
 * Puts the caret in the middle of the plan's block (at the start of a word), types the warm-up and
 * then the measured text one key at a time, each key waiting for the previous one's frame.
 * Throws when the typed text did not land exactly at the caret, since the numbers would then be void.
 */
async function measureTyping(page: Page, editor: Locator, plan: TypingPlan, recorder?: MeasureRecorder): Promise<TypingResult> {
  // tsx compiles with esbuild's keepNames, which wraps functions in a __name() helper that
  // functions serialized into the page would not find.
  await page.evaluate('globalThis.__name ??= (target) => target');
  await page.evaluate(installTypingProbe);

  const original = await editor.evaluate(placeCaretMidBlock, plan.blockIndex);
  await nextFrames(page);

  await typeKeys(page, plan.warmupText, plan.keyGapMs);
  await expectBlockText(editor, plan.blockIndex, original.before + plan.warmupText + original.after, 'warm-up');

  await recorder?.start();
  await page.evaluate(() => window.__typingProbe!.reset());
  await typeKeys(page, plan.measuredText, plan.keyGapMs);
  await recorder?.stop();
  const result = await page.evaluate(() => ({ samples: window.__typingProbe!.samples, longTasks: window.__typingProbe!.longTasks }));
  await expectBlockText(editor, plan.blockIndex, original.before + plan.warmupText + plan.measuredText + original.after, 'measured typing');
  return result;
}

async function typeKeys(page: Page, text: string, keyGapMs: TypingPlan['keyGapMs']): Promise<void> {
  const start = await page.evaluate(() => window.__typingProbe!.samples.length);
  let typed = '';
  for (const character of text) {
    const sentAt = performance.now();
    typed += character;
    await page.keyboard.type(character);
    await page.evaluate(([count, timeout]) => window.__typingProbe!.waitForSamples(count, timeout), [start + typed.length, FRAME_TIMEOUT_MS] as const);
    const rest = keyGapMs(typed) - (performance.now() - sentAt);
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }
}

async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

async function expectBlockText(editor: Locator, blockIndex: number, expected: string, stage: string): Promise<void> {
  const actual = await editor.evaluate((root, index) => root.children.item(index)?.textContent ?? null, blockIndex);
  if (actual !== expected) {
    throw new Error(
      `After ${stage}, body block ${blockIndex} does not hold the typed text where the caret was placed.\n` +
        `expected: ${JSON.stringify(expected)}\nactual:   ${JSON.stringify(actual)}`,
    );
  }
}

/** Runs in the page: collapses the selection at the first word start at or after the middle of the block's text. */
function placeCaretMidBlock(root: Element, blockIndex: number): { before: string; after: string } {
  const block = root.children.item(blockIndex);
  if (!block) throw new Error(`The editor has no top-level block ${blockIndex} (it has ${root.children.length}).`);
  const text = block.textContent ?? '';
  const space = text.indexOf(' ', Math.floor(text.length / 2));
  if (space < 0) throw new Error(`Block ${blockIndex} has no word break after its middle: ${JSON.stringify(text)}`);
  const offset = space + 1;

  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (offset < seen + length) {
      (root as HTMLElement).focus();
      window.getSelection()!.collapse(node, offset - seen);
      block.scrollIntoView({ block: 'center' });
      return { before: text.slice(0, offset), after: text.slice(offset) };
    }
    seen += length;
  }
  throw new Error(`Could not find character ${offset} of block ${blockIndex} in its text nodes.`);
}
