import type { Article } from '../article/article-schema';
import { articleAsPublished } from '../review/published-article';
import { bodyToHtml } from './body-html';
import { escapeHtmlAttribute } from './escape';
import type { ImageSource } from './image-source';
import { textDirection } from './language-direction';

export interface CmsFragmentOptions {
  /** Adds `copydesk-*` classes to figures, captions and credits. Off: a CMS brings its own styles. */
  withClasses?: boolean;
  images?: ImageSource;
}

/**
 * “Copy HTML for CMS”: the body only, as semantic HTML with no classes or styles by default.
 * Right-to-left copy is wrapped in one `<div dir="rtl" lang="…">` so punctuation and Latin names
 * inside Arabic, Hebrew or Persian text stay in order wherever it is pasted.
 */
export function articleToCmsFragment(stored: Article, options: CmsFragmentOptions = {}): string {
  const article = articleAsPublished(stored);
  const html = bodyToHtml(article.body, options);
  if (textDirection(article.language) === 'ltr') return html;
  return `<div dir="rtl" lang="${escapeHtmlAttribute(article.language)}">\n${html}\n</div>`;
}
