import { describe, expect, it } from 'vitest';
import { kenyaPoliticsArticle, arabicArticle } from '../testing/sample-articles';
import { ArticleLoadError, loadArticleData, loadArticleText, serializeArticle } from './load-article';

const SOURCE = 'Drafts/omanga-talks/article.json';

function loadError(run: () => unknown): ArticleLoadError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArticleLoadError) return error;
    throw error;
  }
  throw new Error('expected an ArticleLoadError');
}

describe('loading a native draft', () => {
  it('round-trips an article through its file text unchanged', () => {
    for (const article of [kenyaPoliticsArticle, arabicArticle]) {
      const text = serializeArticle(article);
      expect(text.endsWith('}\n')).toBe(true);
      expect(loadArticleText(text, SOURCE)).toEqual({ article, migratedFrom: null });
    }
  });

  it('keeps curly quotes and non-Latin text as characters, not escapes', () => {
    const text = serializeArticle(arabicArticle);
    expect(text).toContain('مجلس مدينة عمّان');
    expect(serializeArticle(kenyaPoliticsArticle)).toContain('“We did not come here');
  });

  it('reports text that is not JSON, naming the file', () => {
    const error = loadError(() => loadArticleText('{"schemaVersion": 1,', SOURCE));
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/^Drafts\/omanga-talks\/article\.json: is not valid JSON \(.+\)\.$/);
  });

  it.each([[[]], [null], ['text'], [{ headline: 'no version or body' }]])('reports JSON that is not a draft (%j)', (data) => {
    const error = loadError(() => loadArticleData(data, SOURCE));
    expect(error.kind).toBe('not-a-draft');
    expect(error.message).toBe(`${SOURCE}: is not a Copydesk draft (it has no schemaVersion and body).`);
  });

  it('refuses a draft from a newer Copydesk', () => {
    const error = loadError(() => loadArticleData({ ...kenyaPoliticsArticle, schemaVersion: 9 }, SOURCE));
    expect(error.kind).toBe('newer-version');
    expect(error.message).toContain(`${SOURCE}: was written by a newer Copydesk (format version 9`);
  });

  it('refuses a draft whose version is not a number', () => {
    expect(loadError(() => loadArticleData({ ...kenyaPoliticsArticle, schemaVersion: 'one' }, SOURCE)).kind).toBe('unknown-version');
  });

  it('names the file and the JSON path of every invalid field', () => {
    const data = structuredClone(kenyaPoliticsArticle) as unknown as { bylines: Array<{ name: unknown }>; status: unknown };
    data.bylines[0]!.name = 42;
    data.status = 'published';
    const error = loadError(() => loadArticleData(data, SOURCE));
    expect(error.kind).toBe('invalid');
    expect(error.problems).toEqual([
      { path: '$.status', message: 'should be one of "draft", "in-review", "needs-changes", "approved", but is "published"' },
      { path: '$.bylines[0].name', message: 'should be text, but is a number' },
    ]);
    expect(error.message).toBe(
      `${SOURCE}: is a Copydesk draft with invalid fields:\n$.status should be one of "draft", "in-review", "needs-changes", "approved", but is "published"\n$.bylines[0].name should be text, but is a number`,
    );
  });

  it('refuses a draft whose body image is outside the draft folder, naming the file and the node', () => {
    const data = structuredClone(kenyaPoliticsArticle) as unknown as { body: { root: { children: unknown[] } } };
    data.body.root.children.push({ type: 'paragraph', version: 1, children: [{ type: 'image', version: 1, file: '../../.ssh/id_rsa', altText: '', caption: '', credit: '' }] });
    const error = loadError(() => loadArticleData(data, SOURCE));
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe(
      `${SOURCE}: is a Copydesk draft with invalid fields:\n$.body.root.children[${data.body.root.children.length - 1}].children[0].file must be a file inside the draft’s assets folder, like “assets/photo.jpg”`,
    );
  });

  it('refuses a body nested 100,000 levels deep with a message naming the file, not a stack overflow', () => {
    const text = `{"schemaVersion":1,"body":{"root":{"type":"root","version":1,"children":[${'{"type":"quote","version":1,"children":['.repeat(100_000)}${']}'.repeat(100_000)}]}}}`;
    const error = loadError(() => loadArticleText(text, SOURCE));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain(`${SOURCE}: is a Copydesk draft with invalid fields:\n`);
    expect(error.problems).toContainEqual({ path: '$.body.root.children[0]', message: 'nests more than 64 levels deep, which Copydesk does not open' });
  });

  it('refuses to serialize an invalid article rather than write a broken file', () => {
    expect(() => serializeArticle({ ...kenyaPoliticsArticle, slug: 'Not A Slug' })).toThrow();
  });
});
