import type { BrowserContext, Page } from '@playwright/test';
import { originOf } from '../../electron/main/security/app-origin';

/** What a test must not leave behind: traffic to other origins, CSP violations, uncaught page errors. */
export interface PageProblems {
  foreignRequests: string[];
  cspViolations: string[];
  pageErrors: string[];
}

/**
 * Watches every request of the context: anything not of the app's own origin (data: and blob: aside)
 * is recorded and aborted, so a test never reaches the network and fails telling which URLs it tried.
 */
export async function guardContext(context: BrowserContext, appOrigin: string, problems: PageProblems): Promise<void> {
  const isForeign = (url: string) => !/^(data|blob):/.test(url) && originOf(url) !== appOrigin;
  await context.route(
    (url) => isForeign(url.href),
    (route) => {
      problems.foreignRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
}

/** Records CSP violations (except those a test announced it will provoke) and uncaught errors. */
export function watchPage(page: Page, problems: PageProblems, expectedCspViolations: readonly RegExp[] = []): void {
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() !== 'error' || !text.includes('Content Security Policy')) return;
    if (!expectedCspViolations.some((pattern) => pattern.test(text))) problems.cspViolations.push(text);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
}

/** One readable sentence per kind of problem, or null when there were none. */
export function describeProblems(problems: PageProblems): string | null {
  const lines: string[] = [];
  if (problems.foreignRequests.length) lines.push(`The page tried to reach other origins (blocked):\n  ${problems.foreignRequests.join('\n  ')}`);
  if (problems.cspViolations.length) lines.push(`The page broke its Content-Security-Policy:\n  ${problems.cspViolations.join('\n  ')}`);
  if (problems.pageErrors.length) lines.push(`The page threw uncaught errors:\n  ${problems.pageErrors.join('\n  ')}`);
  return lines.length ? lines.join('\n') : null;
}
