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
  /** The page's own `copydesk:` performance measures taken during the measured typing (e.g. the house-style checks). */
  appMeasures: AppMeasure[];
}

export interface AppMeasure {
  name: string;
  duration: number;
  detail: unknown;
}

/** Runs around the measured keys only (not the warm-up), e.g. a CPU profiler. */
export interface MeasureRecorder {
  start(): Promise<void>;
  stop(): Promise<void>;
}

const FRAME_TIMEOUT_MS = 10_000;
/** Time for start-up work (fonts, first stats, idle callbacks) to finish before the first key. */
const SETTLE_MS = 1000;

/** An opened page under test, with the editor and the text its target block held before typing. */
interface Lane {
  opened: OpenedEditor;
  editor: Locator;
  original: { before: string; after: string };
}

/**
 * Opens the pages, then types the same text into all of them side by side: each character goes to
 * one page, then (after that key's frame) to the next, with the page that goes first alternating
 * key by key. Whatever else the machine is doing therefore falls on every page alike.
 * Returns one result per page, in the order of `opens`, and closes the pages again.
 * Throws when the typed text did not land exactly at the caret, since the numbers would then be void.
 */
export async function measureSideBySide(
  opens: readonly (() => Promise<OpenedEditor>)[],
  plan: TypingPlan,
  recorderFor?: (page: Page, index: number) => MeasureRecorder,
): Promise<TypingResult[]> {
  const opened: OpenedEditor[] = [];
  try {
    for (const open of opens) opened.push(await open());
    const lanes: Lane[] = [];
    for (const current of opened) {
      const editor = current.page.getByRole('textbox', { name: 'Article body', exact: true });
      await editor.waitFor();
      await current.page.waitForFunction(
        ([count]) => (document.querySelector('[contenteditable="true"][aria-label="Article body"]')?.children.length ?? 0) >= count,
        [plan.bodyBlocks] as const,
      );
      lanes.push({ opened: current, editor, original: { before: '', after: '' } });
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

    for (const lane of lanes) {
      const { page } = lane.opened;
      // tsx compiles with esbuild's keepNames, which wraps functions in a __name() helper that
      // functions serialized into the page would not find.
      await page.evaluate('globalThis.__name ??= (target) => target');
      await page.evaluate(installTypingProbe);
      lane.original = await lane.editor.evaluate(placeCaretMidBlock, plan.blockIndex);
      await nextFrames(page);
    }

    await typeKeys(lanes, plan.warmupText, plan.keyGapMs);
    for (const lane of lanes) await expectTyped(lane, plan.blockIndex, plan.warmupText, 'warm-up');

    const recorders = lanes.map((lane, index) => recorderFor?.(lane.opened.page, index));
    for (const recorder of recorders) await recorder?.start();
    const measuredFrom: number[] = [];
    for (const lane of lanes) measuredFrom.push(await lane.opened.page.evaluate(() => (window.__typingProbe!.reset(), performance.now())));
    await typeKeys(lanes, plan.measuredText, plan.keyGapMs);
    for (const recorder of recorders) await recorder?.stop();

    const results: TypingResult[] = [];
    for (const [index, lane] of lanes.entries()) {
      results.push(
        await lane.opened.page.evaluate((from) => {
          const appMeasures = performance
            .getEntriesByType('measure')
            .filter((entry) => entry.name.startsWith('copydesk:') && entry.startTime >= from)
            .map((entry) => ({ name: entry.name, duration: entry.duration, detail: (entry as PerformanceMeasure).detail as unknown }));
          return { samples: window.__typingProbe!.samples, longTasks: window.__typingProbe!.longTasks, appMeasures };
        }, measuredFrom[index]!),
      );
      await expectTyped(lane, plan.blockIndex, plan.warmupText + plan.measuredText, 'measured typing');
    }
    return results;
  } finally {
    for (const current of opened) await current.close();
  }
}

/** Types `text` one key at a time into every lane in turn, each key waiting for the previous key's frame. */
async function typeKeys(lanes: readonly Lane[], text: string, keyGapMs: TypingPlan['keyGapMs']): Promise<void> {
  const starts: number[] = [];
  for (const lane of lanes) starts.push(await lane.opened.page.evaluate(() => window.__typingProbe!.samples.length));
  let typed = '';
  for (const character of text) {
    const sentAt = performance.now();
    typed += character;
    const order = typed.length % 2 === 0 ? lanes : [...lanes].reverse();
    for (const lane of order) {
      const { page } = lane.opened;
      await page.keyboard.type(character);
      const count = starts[lanes.indexOf(lane)]! + typed.length;
      await page.evaluate(([wanted, timeout]) => window.__typingProbe!.waitForSamples(wanted, timeout), [count, FRAME_TIMEOUT_MS] as const);
    }
    const rest = keyGapMs(typed) - (performance.now() - sentAt);
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }
}

async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

async function expectTyped(lane: Lane, blockIndex: number, typed: string, stage: string): Promise<void> {
  const expected = lane.original.before + typed + lane.original.after;
  const actual = await lane.editor.evaluate((root, index) => root.children.item(index)?.textContent ?? null, blockIndex);
  if (actual !== expected) {
    throw new Error(
      `After ${stage} in ${lane.opened.page.url()}, body block ${blockIndex} does not hold the typed text where the caret was placed.\n` +
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
