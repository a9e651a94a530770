import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../../core/article/article-schema';
import { createArticle } from '../../core/article/new-article';

/** Shared by the electron/ unit tests: a throwaway folder and a small article with words in its body. */
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
