import { describe, expect, it } from 'vitest';
import type { SerializedBodyNode } from '../article/article-schema';
import { bodyToHtml } from '../export/body-html';
import { bodyToMarkdown } from '../export/markdown';
import { bodyToPlainText } from '../export/plain-text';
import { body, embed, factBox, heading, image, list, paragraph, pullQuote, table, text } from '../testing/body-builders';
import { htmlProblems } from '../testing/html-validate';
import { bodyPlainText, countWords } from '../text/text-stats';
import { checkEmbedUrl } from './embed';

const html = (...blocks: SerializedBodyNode[]) => bodyToHtml(body(blocks));
const markdown = (...blocks: SerializedBodyNode[]) => bodyToMarkdown(body(blocks));
const plain = (...blocks: SerializedBodyNode[]) => bodyToPlainText(body(blocks));
const page = (content: string) => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>${content}</main></body></html>`;

const results = table(
  [
    ['Candidate', 'Party', 'Votes'],
    ['Achieng’ <Oduya>', 'ODM | Azimio', '41,200'],
    ['Kiprono Rotich', 'UDA', '38,950'],
  ],
  { headerRow: true, headerColumn: true },
);

describe('pull quote', () => {
  const quote = pullQuote('“We did not come here to rubber-stamp a timetable.”', 'Wanjiku Ng’ang’a, Azimio');

  it('exports as a figure with the quote and its attribution', () => {
    expect(html(quote)).toBe('<figure class="pull-quote"><blockquote><p>“We did not come here to rubber-stamp a timetable.”</p></blockquote><figcaption>Wanjiku Ng’ang’a, Azimio</figcaption></figure>');
    expect(markdown(quote)).toBe('> “We did not come here to rubber-stamp a timetable.”\n>\n> — Wanjiku Ng’ang’a, Azimio');
    expect(plain(quote)).toBe('    “We did not come here to rubber-stamp a timetable.”\n    — Wanjiku Ng’ang’a, Azimio');
  });

  it('escapes its text in every format and leaves an empty quote out', () => {
    const hostile = pullQuote('<script>alert(1)</script> *not bold*', '# not a heading');
    expect(html(hostile)).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt; *not bold*</p>');
    expect(markdown(hostile)).toBe('> \\<script\\>alert(1)\\</script\\> \\*not bold\\*\n>\n> — \\# not a heading');
    expect(html(pullQuote('  ', 'Nobody'))).toBe('');
  });
});

describe('fact box', () => {
  const box = factBox('What the opposition wants', [paragraph('Four conditions:'), list('bullet', ['an audit', { content: ['a new commission'] }])]);

  it('exports as an aside with its title as a heading and its own blocks', () => {
    expect(html(box)).toBe('<aside class="fact-box"><h2>What the opposition wants</h2>\n<p>Four conditions:</p>\n<ul><li>an audit</li><li>a new commission</li></ul>\n</aside>');
    expect(markdown(box)).toBe('> **What the opposition wants**\n>\n> Four conditions:\n>\n> - an audit\n> - a new commission');
    expect(plain(box)).toBe('FACT BOX: What the opposition wants\n\nFour conditions:\n\n• an audit\n• a new commission\n\nEND OF FACT BOX');
  });

  it('keeps inline formatting in its title', () => {
    expect(html(factBox([text('Key ', 'bold'), 'dates'], [paragraph('x')]))).toContain('<h2><strong>Key </strong>dates</h2>');
  });
});

describe('embed', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
    ['https://youtu.be/dQw4w9WgXcQ', 'youtube'],
    ['https://vimeo.com/76979871', 'vimeo'],
    ['https://x.com/IEBCKenya/status/1790000000000000000', 'x'],
    ['https://twitter.com/IEBCKenya/status/1790000000000000000', 'x'],
    ['https://www.instagram.com/p/C7abcdEFgh/', 'instagram'],
    ['https://www.tiktok.com/@nation/video/7370000000000000000', 'tiktok'],
    ['https://www.facebook.com/nationafrica/posts/123', 'facebook'],
    ['https://soundcloud.com/nation/podcast-episode-12', 'soundcloud'],
    ['https://datawrapper.dwcdn.net/AbC12/3/', 'datawrapper'],
    ['https://public.flourish.studio/visualisation/17000000/', 'flourish'],
    ['https://www.iebc.or.ke/results/', 'link'],
    ['https://notyoutube.com/watch', 'link'],
  ])('%s is a %s embed', (url, provider) => {
    expect(checkEmbedUrl(url)).toMatchObject({ ok: true, provider });
  });

  it('refuses addresses off the allowlist and email addresses', () => {
    expect(checkEmbedUrl('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(checkEmbedUrl('mailto:desk@example.org')).toMatchObject({ ok: false, reason: expect.stringContaining('web address') });
    expect(html(embed('javascript:alert(1)'))).toBe('');
  });

  it('writes the provider’s no-script fallback markup, never a script or iframe', () => {
    expect(html(embed('https://x.com/IEBCKenya/status/1790000000000000000'))).toBe(
      '<figure class="embed embed-x"><blockquote class="twitter-tweet"><a href="https://x.com/IEBCKenya/status/1790000000000000000">https://x.com/IEBCKenya/status/1790000000000000000</a></blockquote></figure>',
    );
    expect(html(embed('https://www.instagram.com/p/C7abcdEFgh/'))).toContain('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C7abcdEFgh/"');
    expect(html(embed('https://public.flourish.studio/visualisation/17000000/'))).toContain('<div class="flourish-embed" data-src="visualisation/17000000">');
    expect(html(embed('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1'))).toBe(
      '<figure class="embed embed-youtube"><p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1">YouTube: https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1</a></p></figure>',
    );
    const every = ['https://youtu.be/a', 'https://vimeo.com/1', 'https://x.com/a/status/1', 'https://www.instagram.com/p/a/', 'https://www.tiktok.com/@a/video/1', 'https://www.facebook.com/a/posts/1', 'https://soundcloud.com/a/b', 'https://datawrapper.dwcdn.net/a/1/', 'https://public.flourish.studio/story/1/', 'https://example.org/'].map(embed);
    expect(html(...every)).not.toMatch(/<script|<iframe/);
  });

  it('is a link in Markdown and plain text', () => {
    expect(markdown(embed('https://vimeo.com/76979871'))).toBe('[Vimeo: https://vimeo.com/76979871](https://vimeo.com/76979871)');
    expect(plain(embed('https://vimeo.com/76979871'))).toBe('[Vimeo: https://vimeo.com/76979871]');
  });
});

describe('table', () => {
  it('exports a real table: header row in thead with scope="col", header column with scope="row"', () => {
    expect(html(results)).toBe(
      '<table><thead><tr><th scope="col">Candidate</th><th scope="col">Party</th><th scope="col">Votes</th></tr></thead>' +
        '<tbody><tr><th scope="row">Achieng’ &lt;Oduya&gt;</th><td>ODM | Azimio</td><td>41,200</td></tr><tr><th scope="row">Kiprono Rotich</th><td>UDA</td><td>38,950</td></tr></tbody></table>',
    );
  });

  it('is a GFM table in Markdown, cells escaped', () => {
    expect(markdown(results)).toBe('| Candidate | Party | Votes |\n| --- | --- | --- |\n| Achieng’ \\<Oduya\\> | ODM \\| Azimio | 41,200 |\n| Kiprono Rotich | UDA | 38,950 |');
    expect(markdown(table([['a', 'b']]))).toBe('|  |  |\n| --- | --- |\n| a | b |');
  });

  it('is aligned columns in plain text', () => {
    expect(plain(results)).toBe('Candidate         Party         Votes\n----------------  ------------  ------\nAchieng’ <Oduya>  ODM | Azimio  41,200\nKiprono Rotich    UDA           38,950');
  });
});

describe('every block', () => {
  const article = body([
    paragraph('Intro.'),
    image({ file: 'assets/a.jpg', altText: 'Queue at a polling station', caption: 'Voters in Kisumu.', credit: 'Photo: A. Oduya' }),
    pullQuote('“The door remains open.”', 'Samuel Rotich'),
    factBox('Key dates', [paragraph('9 June: submissions close.'), list('number', ['Bill drafted', 'Debate'])]),
    embed('https://x.com/IEBCKenya/status/1'),
    results,
    heading('h2', 'After'),
  ]);

  it('gives valid HTML', async () => {
    expect(await htmlProblems(page(bodyToHtml(article)))).toEqual([]);
  });

  it('is counted: captions, pull quotes, fact boxes and tables; not alt text, credits or embed addresses', () => {
    const counted = bodyPlainText(article);
    for (const words of ['Voters in Kisumu.', '“The door remains open.”', 'Samuel Rotich', 'Key dates', '9 June: submissions close.', 'Debate', 'Achieng’ <Oduya>', '38,950']) expect(counted).toContain(words);
    for (const words of ['Queue at a polling station', 'A. Oduya', 'x.com']) expect(counted).not.toContain(words);
    expect(countWords(counted)).toBe(countWords('Intro. Voters in Kisumu. The door remains open. Samuel Rotich Key dates 9 June: submissions close. Bill drafted Debate Candidate Party Votes Achieng’ Oduya ODM Azimio 41,200 Kiprono Rotich UDA 38,950 After'));
  });
});
