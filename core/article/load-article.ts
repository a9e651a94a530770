import { ArticleSchema, type Article } from './article-schema';
import { migrateToCurrent } from './migrations';
import { describeZodError, formatProblems, type FieldProblem } from './validation-messages';

export type ArticleLoadErrorKind = 'not-json' | 'not-a-draft' | 'newer-version' | 'unknown-version' | 'invalid';

export class ArticleLoadError extends Error {
  constructor(
    readonly source: string,
    readonly kind: ArticleLoadErrorKind,
    readonly problems: readonly FieldProblem[],
    summary: string,
  ) {
    super(`${source}: ${summary}${problems.length ? `\n${formatProblems(problems)}` : ''}`);
    this.name = 'ArticleLoadError';
  }
}

export interface LoadedArticle {
  article: Article;
  /** The version the file was written in, when it had to be upgraded. */
  migratedFrom: number | null;
}

function looksLikeDraft(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && 'schemaVersion' in data && 'body' in data;
}

/** Validates a parsed native draft of any supported version. `source` names the file in every message. */
export function loadArticleData(data: unknown, source: string): LoadedArticle {
  if (!looksLikeDraft(data)) {
    throw new ArticleLoadError(source, 'not-a-draft', [], 'is not a Copydesk draft (it has no schemaVersion and body).');
  }
  const migrated = migrateToCurrent(data);
  if (!migrated.ok) throw new ArticleLoadError(source, migrated.kind, [], migrated.message);
  const parsed = ArticleSchema.safeParse(migrated.data, { reportInput: true });
  if (!parsed.success) {
    throw new ArticleLoadError(source, 'invalid', describeZodError(parsed.error), 'is a Copydesk draft with invalid fields:');
  }
  return { article: parsed.data, migratedFrom: migrated.migratedFrom };
}

/** Parses the text of a native draft file. */
export function loadArticleText(text: string, source: string): LoadedArticle {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : String(error);
    throw new ArticleLoadError(source, 'not-json', [], `is not valid JSON (${detail}).`);
  }
  return loadArticleData(data, source);
}

export function serializeArticle(article: Article): string {
  return `${JSON.stringify(ArticleSchema.parse(article), null, 2)}\n`;
}
