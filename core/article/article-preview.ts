import type { Article } from './article-schema';
import { bodyPlainText, countWords } from '../text/text-stats';

/** What a person needs to tell two copies of a draft apart at a glance (recovery and conflict prompts). */
export interface ArticlePreview {
  headline: string;
  status: Article['status'];
  wordCount: number;
  updatedAt: string;
  /** The start of the body as plain text, at most EXCERPT_LENGTH characters, cut at a word where it can be. */
  excerpt: string;
}

export const EXCERPT_LENGTH = 300;

export function previewArticle(article: Article): ArticlePreview {
  const text = bodyPlainText(article.body).replace(/\s+/g, ' ').trim();
  let excerpt = text;
  if (text.length > EXCERPT_LENGTH) {
    const cut = text.slice(0, EXCERPT_LENGTH - 1);
    const lastSpace = cut.lastIndexOf(' ');
    excerpt = `${lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut}…`;
  }
  return { headline: article.headline, status: article.status, wordCount: countWords(text), updatedAt: article.updatedAt, excerpt };
}
