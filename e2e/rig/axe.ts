import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Frame, type Page } from '@playwright/test';
import type { AxeResults, Result, RunOptions } from 'axe-core';

/**
 * Accessibility check for any screen or dialog: `await expectNoAxeViolations(page, 'library with two drafts')`
 * runs axe-core (every rule axe runs by default, WCAG 2.x A/AA and best practices) on the page as it is
 * now, once in the light theme and once in the dark, and fails listing each violation with the element
 * and what to fix. Call it once the screen shows what you want checked; it leaves the page in the theme
 * it found and does not move focus.
 *
 * axe's source goes in through Playwright's evaluate (CDP), which the page's CSP does not govern, so
 * no inline script is added and no CSP violation is logged. Frames are checked too, each with its own
 * copy of axe, then the results are joined in the top frame (axe's runPartial/finishRun), which also
 * reaches the preview's sandboxed frame.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const darkBefore = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const report: string[] = [];
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      report.push(...(await violationsOn(page, colorScheme)).map((violation) => `[${colorScheme}] ${violation}`));
    }
  } finally {
    await page.emulateMedia({ colorScheme: darkBefore ? 'dark' : 'light' });
  }
  expect(report.length, `axe found accessibility violations in “${label}”:\n${report.join('\n')}`).toBe(0);
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RUN_OPTIONS: RunOptions = { resultTypes: ['violations'] };

type AxeGlobal = { axe: typeof import('axe-core') };

/**
 * The page's violations, its frames' included, described. A frame sandboxed without scripts (the
 * export preview) runs no evaluate either, so its document is checked as a page of its own.
 */
async function violationsOn(page: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
  await settleStyles(page);
  const partials: unknown[] = [];
  const scriptless: { title: string; html: string }[] = [];
  const visit = async (frame: Frame): Promise<void> => {
    const element = frame.parentFrame() ? await frame.frameElement() : null;
    const sandbox = await element?.evaluate((node) => {
      const frameElement = node as HTMLIFrameElement;
      return frameElement.hasAttribute('sandbox') && !frameElement.sandbox.contains('allow-scripts')
        ? { title: frameElement.title || 'untitled frame', html: frameElement.getAttribute('srcdoc') }
        : null;
    });
    if (sandbox) {
      // Left out of this run (axe accepts a missing frame) and checked on its own below.
      partials.push(null);
      if (sandbox.html === null) throw new Error(`axe cannot check the frame “${sandbox.title}”: it is sandboxed without scripts and has no srcdoc.`);
      scriptless.push({ title: sandbox.title, html: sandbox.html });
      return;
    }
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
    partials.push(await frame.evaluate((options) => (window as unknown as AxeGlobal).axe.runPartial(document, options as RunOptions), RUN_OPTIONS as unknown));
    // axe.finishRun takes the frames in the order axe walks them: a frame, then its children, depth first.
    for (const child of frame.childFrames()) await visit(child);
  };
  await visit(page.mainFrame());
  const results = (await page.mainFrame().evaluate(
    ([allPartials, options]) => (window as unknown as AxeGlobal).axe.finishRun(allPartials as never, options as RunOptions),
    [partials, RUN_OPTIONS] as const,
  )) as AxeResults;
  const described = results.violations.map(describeViolation);

  for (const { title, html } of scriptless) {
    const framePage = await page.context().newPage();
    try {
      await framePage.emulateMedia({ colorScheme });
      await framePage.setContent(html);
      described.push(...(await violationsOn(framePage, colorScheme)).map((violation) => `in the frame “${title}”: ${violation}`));
    } finally {
      await framePage.close();
    }
  }
  return described;
}

/** A theme switch restyles the page; colours are measured once transitions have ended. */
async function settleStyles(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

function describeViolation(violation: Result): string {
  const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
  return `${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}\n${nodes.join('\n')}`;
}
