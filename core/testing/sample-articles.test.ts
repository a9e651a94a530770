import { createHeadlessEditor } from '@lexical/headless';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { HorizontalRuleNode } from '@lexical/extension';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article } from '../article/article-schema';
import { bodyPlainText, countWords } from '../text/text-stats';
import {
  arabicArticle,
  generateLongArticle,
  kenyaPoliticsArticle,
  hostileArticle,
  minimalArticle,
  multilingualWireArticles,
} from './sample-articles';

const fixedArticles: Record<string, Article> = {
  kenyaPoliticsArticle,
  arabicArticle,
  minimalArticle,
  hostileArticle,
  ...multilingualWireArticles,
};

/** Loads a body into a real (headless) Lexical editor and serializes it again. */
function lexicalRoundTrip(article: Article): unknown {
  const editor = createHeadlessEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode, HorizontalRuleNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(article.body)));
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
}

describe('sample articles', () => {
  it.each(Object.entries(fixedArticles))('%s is a valid Article', (_name, article) => {
    expect(ArticleSchema.safeParse(article).error).toBeUndefined();
  });

  it.each(Object.entries(fixedArticles))('%s body is exactly what Lexical 0.52 serializes', (_name, article) => {
    expect(lexicalRoundTrip(article)).toStrictEqual(article.body);
  });

  it('the Kenya story is about 600 words and uses every block type the editor has', () => {
    const words = countWords(bodyPlainText(kenyaPoliticsArticle.body));
    expect(words).toBeGreaterThan(550);
    expect(words).toBeLessThan(750);
    const types = new Set<string>();
    const visit = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type === 'heading' || node.type === 'list' ? `${node.type}:${String((node as { tag?: string }).tag)}` : node.type);
      (node.children as (typeof node)[] | undefined)?.forEach(visit);
    };
    visit(kenyaPoliticsArticle.body.root);
    for (const type of ['paragraph', 'heading:h2', 'heading:h3', 'quote', 'list:ul', 'list:ol', 'listitem', 'link', 'linebreak', 'horizontalrule', 'text']) {
      expect(types, type).toContain(type);
    }
  });

  it('generates a long article with exactly the requested number of words, the same for the same seed', () => {
    const long = generateLongArticle(10_000, 7);
    expect(ArticleSchema.safeParse(long).error).toBeUndefined();
    expect(countWords(bodyPlainText(long.body))).toBe(10_000);
    expect(generateLongArticle(10_000, 7)).toEqual(long);
    expect(generateLongArticle(10_000, 8)).not.toEqual(long);
    const blockTypes = long.body.root.children.map((node) => node.type);
    expect(blockTypes.filter((type) => type === 'heading').length).toBeGreaterThanOrEqual(20);
    expect(blockTypes).toContain('list');
    expect(JSON.stringify(long.body)).toContain('"type":"link"');
  });

  it.each([1, 37, 401, 2_500])('hits small and odd word counts exactly (%i)', (wordCount) => {
    expect(countWords(bodyPlainText(generateLongArticle(wordCount).body))).toBe(wordCount);
  });

  it('its body is a valid Lexical state', () => {
    const long = generateLongArticle(3_000, 3);
    expect(lexicalRoundTrip(long)).toStrictEqual(long.body);
  });
});
