import { describe, expect, it } from 'vitest';
import { HEADER_COLUMN, HEADER_ROW } from '../blocks/table';
import { BodySchema } from '../article/article-schema';
import { bodyToHtml } from '../export/body-html';
import { body, heading, horizontalRule, image, linebreak, link, list, paragraph, quote, tableCellNode, tableNode, text } from '../testing/body-builders';
import { kenyaPoliticsArticle, arabicArticle, multilingualWireArticles } from '../testing/sample-articles';
import { htmlToBody } from './html-to-body';

const blocks = (html: string) => htmlToBody(html).root.children;
const tableBlocks = (html: string) => htmlToBody(html, { tables: true }).root.children;

describe('htmlToBody: structure', () => {
  it('keeps paragraphs, folds h1/h2 to h2 and h3–h6 to h3', () => {
    expect(htmlToBody('<h1>Eins</h1><p>Text</p><h2>Zwei</h2><h3>Drei</h3><h4>Vier</h4><h6>Sechs</h6>')).toEqual(
      body([heading('h2', 'Eins'), paragraph('Text'), heading('h2', 'Zwei'), heading('h3', 'Drei'), heading('h3', 'Vier'), heading('h3', 'Sechs')]),
    );
  });

  it('turns each paragraph of a blockquote into a quote and keeps a rule', () => {
    expect(blocks('<blockquote><p>«Først»</p><p>«Så»</p></blockquote><hr><blockquote>Bare tekst</blockquote>')).toEqual([
      quote('«Først»'),
      quote('«Så»'),
      horizontalRule(),
      quote('Bare tekst'),
    ]);
  });

  it('builds nested lists the way Lexical stores them', () => {
    expect(blocks('<ul><li>Ett<ol><li>a</li><li>b</li></ol></li><li>Två</li></ul>')).toEqual([
      list('bullet', [{ content: ['Ett'], nested: { listType: 'number', items: ['a', 'b'] } }, 'Två']),
    ]);
  });

  it('puts paragraphs inside a list item on separate lines of that item', () => {
    expect(blocks('<ol><li><p>First</p><p>still first</p></li><li>Second</li></ol>')).toEqual([
      list('number', [{ content: ['First', linebreak(), 'still first'] }, 'Second']),
    ]);
  });

  it('hangs a list placed straight inside a list on the item before it', () => {
    expect(blocks('<ul><li>One</li><ul><li>inner</li></ul><li>Two</li></ul>')).toEqual([
      list('bullet', [{ content: ['One'], nested: { listType: 'bullet', items: ['inner'] } }, 'Two']),
    ]);
  });

  it('keeps an ordered list’s start number', () => {
    const [ordered] = blocks('<ol start="3"><li>c</li><li>d</li></ol>');
    expect(ordered).toMatchObject({ listType: 'number', start: 3 });
    expect(ordered?.children?.map((item) => item.value)).toEqual([3, 4]);
  });

  it('keeps a figure’s caption as a paragraph, since the editor has no image node', () => {
    expect(blocks('<figure><img src="https://example.org/p.jpg" alt="A harbour"><figcaption>Hafen von Kiel. <small>Foto: dpa</small></figcaption></figure>')).toEqual([
      paragraph('Hafen von Kiel. Foto: dpa'),
    ]);
  });

  it('gathers loose text into paragraphs and splits it at block elements', () => {
    expect(blocks('Loose <b>text</b><div>in a div</div>after')).toEqual([paragraph('Loose ', text('text', 'bold')), paragraph('in a div'), paragraph('after')]);
  });

  it('reads only our own markup as our blocks: other asides, figures and quotes stay text', () => {
    expect(blocks('<aside class="related"><h2>More</h2><p>Other stories</p></aside><figure><blockquote><p>Said.</p></blockquote><figcaption>Someone</figcaption></figure>')).toEqual([
      heading('h2', 'More'),
      paragraph('Other stories'),
      quote('Said.'),
      paragraph('Someone'),
    ]);
    expect(blocks('<figure class="embed embed-x"><blockquote><a href="javascript:alert(1)">x</a></blockquote></figure>')).toEqual([quote('x')]);
  });

  it('reads another site’s figure as a picture, its figcaption the caption, when the caller brings the file', () => {
    const html = '<figure><a href="https://example.org/big.jpg"><img src="/img/small.jpg" alt=" Harbour\n at dawn " width="640" height="x"></a><figcaption>The harbour <em>at dawn</em>.</figcaption></figure>';
    expect(htmlToBody(html, { pictureFile: ({ src }) => (src === '/img/small.jpg' ? 'assets/harbour.jpg' : null) }).root.children).toEqual([
      image({ file: 'assets/harbour.jpg', altText: 'Harbour at dawn', caption: 'The harbour at dawn.', credit: '', width: 640 }),
    ]);
  });

  it('degrades tables and unknown elements to paragraphs unless tables are asked for', () => {
    expect(blocks('<table><tr><th>Ort</th><td>Kiel</td></tr></table><x-widget><p>Inside</p></x-widget><p>A <o:p>Word</o:p> paste</p>')).toEqual([
      paragraph('Ort'),
      paragraph('Kiel'),
      paragraph('Inside'),
      paragraph('A Word paste'),
    ]);
  });

  it('makes a table of a table: thead and all-th rows are header rows, a th elsewhere heads its row, the corner above row headers heads both', () => {
    expect(tableBlocks('<table><caption>Results</caption><thead><tr><th>Ort</th><th>Stimmen</th></tr></thead><tbody><tr><th>Kiel</th><td><p>4 112</p><p>(vorläufig)</p></td></tr></tbody></table>')).toEqual([
      paragraph('Results'),
      tableNode([
        [tableCellNode([paragraph('Ort')], { headerState: HEADER_ROW | HEADER_COLUMN }), tableCellNode([paragraph('Stimmen')], { headerState: HEADER_ROW })],
        [tableCellNode([paragraph('Kiel')], { headerState: HEADER_COLUMN }), tableCellNode([paragraph('4 112'), paragraph('(vorläufig)')])],
      ]),
    ]);
  });

  it('keeps spans, pads short rows to a rectangle, and writes a table inside a cell as paragraphs', () => {
    expect(tableBlocks('<table><tr><td colspan="2" rowspan="2">A</td><td>B</td></tr><tr><td>C</td></tr><tr><td>D</td></tr><tr><td><table><tr><td>x</td><td>y</td></tr></table></td><td><h2>Sub</h2></td><td></td></tr></table>')).toEqual([
      tableNode([
        [tableCellNode([paragraph('A')], { colSpan: 2, rowSpan: 2 }), tableCellNode([paragraph('B')])],
        [tableCellNode([paragraph('C')])],
        [tableCellNode([paragraph('D')]), tableCellNode([]), tableCellNode([])],
        [tableCellNode([paragraph('x'), paragraph('y')]), tableCellNode([paragraph('Sub')]), tableCellNode([])],
      ]),
    ]);
  });

  it('gives one empty paragraph for empty or content-free HTML, as the editor needs a block', () => {
    for (const html of ['', '   ', '<p></p><p><br></p>', '<script>x()</script>', '<!-- only a comment -->']) {
      expect(htmlToBody(html)).toEqual(body([paragraph()]));
    }
  });
});

describe('htmlToBody: inline formatting and links', () => {
  it('maps every formatting element to Lexical’s format bits', () => {
    expect(blocks('<p><strong>b</strong><b>b2</b> <em>i</em><i>i2</i> <u>u</u> <s>s</s><del>d</del> <code>c</code> H<sub>2</sub>O x<sup>2</sup> <mark>m</mark></p>')).toEqual([
      paragraph(
        text('bb2', 'bold'),
        ' ',
        text('ii2', 'italic'),
        ' ',
        text('u', 'underline'),
        ' ',
        text('sd', 'strikethrough'),
        ' ',
        text('c', 'code'),
        ' H',
        text('2', 'subscript'),
        'O x',
        text('2', 'superscript'),
        ' ',
        text('m', 'highlight'),
      ),
    ]);
  });

  it('combines nested formats', () => {
    expect(blocks('<p><strong>fett <em>und kursiv</em></strong></p>')).toEqual([paragraph(text('fett ', 'bold'), text('und kursiv', 'bold', 'italic'))]);
  });

  it('keeps allowlisted links with their title and unwraps the rest', () => {
    expect(
      blocks(
        '<p><a href="https://example.org/a" title="Kilde">lenke</a> <a href="javascript:alert(1)">skript</a> <a href="mailto:desk@example.org">e-post</a> <a href="/relative">relativ</a> <a>ingen</a></p>',
      ),
    ).toEqual([
      paragraph(link('https://example.org/a', 'lenke', { title: 'Kilde' }), ' skript ', link('mailto:desk@example.org', 'e-post'), ' relativ ingen'),
    ]);
  });

  it('keeps formatting inside links', () => {
    expect(blocks('<p><a href="https://example.org/"><b>fet</b> lenke</a></p>')).toEqual([
      paragraph(link('https://example.org/', [text('fet', 'bold'), ' lenke'])),
    ]);
  });

  it('turns <br> into line breaks but draws no empty line for a break that ends a block', () => {
    expect(blocks('<p>one<br>two<br></p><p>three<br><br>four</p>')).toEqual([
      paragraph('one', linebreak(), 'two'),
      paragraph('three', linebreak(), linebreak(), 'four'),
    ]);
  });
});

describe('htmlToBody: white space, entities and typography', () => {
  it('collapses white space as a browser does and keeps each space in the run it started in', () => {
    expect(blocks('<p>\n  Hello   <b>big</b>\n\t<i> wide </i>  world  </p>')).toEqual([
      paragraph('Hello ', text('big', 'bold'), ' ', text('wide ', 'italic'), 'world'),
    ]);
  });

  it('keeps no-break spaces, decodes entities and leaves curly quotes and dashes alone', () => {
    expect(blocks('<p>25&nbsp;000 &amp; &lt;mehr&gt; &#8222;Zitat&#8220; – ‘so’ …&hellip; &eacute;t&eacute;</p>')).toEqual([
      paragraph('25\u00a0000 & <mehr> „Zitat“ – ‘so’ …… été'),
    ]);
    expect(blocks('<p>&nbsp;leading and trailing&nbsp;</p>')).toEqual([paragraph('\u00a0leading and trailing\u00a0')]);
  });

  it('keeps white space inside <pre>', () => {
    expect(blocks('<pre>  two spaces\n    four</pre>')).toEqual([paragraph('  two spaces', linebreak(), '    four')]);
  });

  it('keeps non-Latin scripts intact', () => {
    expect(blocks('<p>東京都の<strong>新しい</strong>計画</p><p dir="rtl">مرحبا   بالعالم</p><p>Ελληνικά κείμενα</p>')).toEqual([
      paragraph('東京都の', text('新しい', 'bold'), '計画'),
      paragraph('مرحبا بالعالم'),
      paragraph('Ελληνικά κείμενα'),
    ]);
  });
});

describe('htmlToBody: hostile and broken markup', () => {
  it('drops scripts, styles, frames, forms, media and their content', () => {
    const html =
      '<p>Safe</p><script>alert("x")</script><style>p{}</style><iframe src="https://evil.example"></iframe><form><input value="v"><button>Send</button><select><option>o</option></select><textarea>t</textarea></form><object data="x"></object><svg><text>svg</text></svg><video><track></video><p onclick="steal()">Also safe</p>';
    expect(blocks(html)).toEqual([paragraph('Safe'), paragraph('Also safe')]);
  });

  it('recovers from unclosed and misnested tags like a browser', () => {
    expect(blocks('<p>one<p>two <b>bold <i>both</b> italic</i><li>stray item')).toEqual([
      paragraph('one'),
      paragraph('two ', text('bold ', 'bold'), text('both', 'bold', 'italic'), text(' italic', 'italic')),
      paragraph('stray item'),
    ]);
  });

  it('never throws and always returns a valid body', () => {
    const nasty = [
      '<<<>>>',
      '</p></div></ul>',
      '<a href="https://example.org/"><a href="https://example.com/">nested</a></a>',
      '<ul><li><ul><li><ul><li>deep</li></ul></li></ul></li></ul>',
      '<table><td>cell<table><td>inner</td></table></td></table>',
      '<p>\u0000null</p>',
      '<template><p>hidden</p></template><noscript><p>no</p></noscript>',
      '&#xD800; &unknown; &amp',
      '<div><blockquote><ul><li>quoted list</li></ul><h2>quoted heading</h2></blockquote></div>',
      '<h2>heading <ul><li>with list</li></ul> rest</h2>',
      `${'<div>'.repeat(500)}deep${'</div>'.repeat(500)}`,
    ];
    for (const html of nasty) {
      const result = htmlToBody(html);
      expect(BodySchema.safeParse(result).success).toBe(true);
    }
  });
});

describe('htmlToBody reads what body-html writes', () => {
  const withoutDirection = (value: unknown) => JSON.parse(JSON.stringify(value, (key, inner) => (key === 'direction' ? null : inner)));

  it.each(Object.entries({ kenya: kenyaPoliticsArticle, arabic: arabicArticle, ...multilingualWireArticles }))('%s: export → import gives the same body', (_name, article) => {
    expect(htmlToBody(bodyToHtml(article.body))).toEqual(withoutDirection(article.body));
  });
});
