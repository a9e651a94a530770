// Regenerates the committed JSON Schema of the native format from core/article/article-schema.ts.
import { writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../core/article/json-schema';

const target = new URL('../core/article/article.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
