import { z } from 'zod';
import { ArticleSchema } from './article-schema';

export const ARTICLE_JSON_SCHEMA_ID = 'https://copydesk.app/schema/article-v1.json';

/** The published JSON Schema of the native format, generated from the zod schema so the two cannot drift. */
export function articleJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: ARTICLE_JSON_SCHEMA_ID,
    title: 'Copydesk article',
    description: 'A news article as stored by Copydesk: structured fields and a Lexical rich-text body.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
