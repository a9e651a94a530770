import type { Article } from '../../../core/article/article-schema';
import { bodyPlainText, countWords } from '../../../core/text/text-stats';
import { STATUS_LABELS } from '../app/AppBar';
import './copy-preview.css';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatWhen(iso: string): string {
  return when.format(new Date(iso));
}

interface CopyPreviewProps {
  /** Which copy this is ("Recovered text", "On disk", …); also names the region. */
  title: string;
  /** When this copy was written. */
  at: string;
  article: Article;
  /** Paragraphs of the body to show from the start, then the last one; all when omitted. */
  paragraphs?: number;
}

/** One copy of an article, read-only and readable, so two copies can be told apart side by side. */
export function CopyPreview({ title, at, article, paragraphs }: CopyPreviewProps) {
  const text = bodyPlainText(article.body);
  const words = countWords(text);
  const blocks = text.split(/\n+/).filter((block) => block.trim() !== '');
  const shown = paragraphs === undefined ? blocks : blocks.slice(0, paragraphs);
  return (
    <section className="copy-preview" aria-label={title}>
      <h3 className="copy-preview-title">{title}</h3>
      <p className="copy-preview-meta">
        <span>{formatWhen(at)}</span>
        <span>
          {words} {words === 1 ? 'word' : 'words'}
        </span>
        <span className={`status-pill status-${article.status}`}>{STATUS_LABELS[article.status]}</span>
      </p>
      <div className="copy-preview-page">
        <p className={article.headline ? 'copy-preview-headline' : 'copy-preview-headline copy-preview-empty'} dir="auto">
          {article.headline || 'Untitled'}
        </p>
        {article.standfirst && (
          <p className="copy-preview-standfirst" dir="auto">
            {article.standfirst}
          </p>
        )}
        {shown.length === 0 && <p className="copy-preview-empty">No body text.</p>}
        {shown.map((block, index) => (
          <p key={index} dir="auto">
            {block}
          </p>
        ))}
        {shown.length < blocks.length && (
          <>
            {blocks.length - shown.length > 1 && <p className="copy-preview-more">… {blocks.length - shown.length - 1} more paragraphs …</p>}
            {/* The end is where two copies of the same draft usually differ. */}
            <p dir="auto">{blocks[blocks.length - 1]}</p>
          </>
        )}
      </div>
    </section>
  );
}
