import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../../core/article/article-schema';
import { createArticle } from '../../core/article/new-article';
import type { HostDeps, HostDialogs } from './host-handlers';

/** Shared by the electron/ unit tests: a throwaway folder, a small article with words in its body, and host deps. */
export async function makeTempFolder(label: string): Promise<string> {
  return fsp.mkdtemp(path.join(os.tmpdir(), `copydesk-${label}-`));
}

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  const article = createArticle({ id: '3f1c2a9e-6b1d-4c55-9a57-1d2e3f4a5b6c', now: new Date('2026-05-24T10:16:00Z') });
  const paragraph = (text: string) => ({
    type: 'paragraph',
    version: 1,
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  });
  return {
    ...article,
    headline: 'Floodwaters recede in Mombasa as rebuilding begins',
    bylines: [{ name: 'Amina Wanjiru', role: 'Reporter' }],
    body: { root: { ...article.body.root, children: [paragraph('Residents returned on Sunday.'), paragraph('Schools stay shut.')] } },
    ...overrides,
  };
}

/**
 * Host deps for a unit test: drafts in `<root>/drafts`, state in `<root>/state`, real fs, every dialog cancelled,
 * a fixed clock, no-op openExternal and log. Overrides win; dialogs are merged one by one.
 */
export function testHostDeps(root: string, overrides: Omit<Partial<HostDeps>, 'dialogs'> & { dialogs?: Partial<HostDialogs> } = {}): HostDeps {
  const cancelled = async () => null;
  const { dialogs, ...rest } = overrides;
  return {
    draftsFolder: path.join(root, 'drafts'),
    stateFolder: path.join(root, 'state'),
    fs: fsp,
    clock: () => new Date('2026-05-24T12:00:00Z'),
    openExternal: async () => undefined,
    appVersion: '0.1.0',
    platform: 'linux',
    log: () => undefined,
    ...rest,
    dialogs: { pickImageFile: cancelled, pickDraftFile: cancelled, pickPortableDraftFile: cancelled, chooseCopyDestination: cancelled, chooseHandoffDestination: cancelled, ...dialogs },
  };
}
