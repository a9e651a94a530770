import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEADER_ROW } from '../blocks/table';
import { body, heading, image, link, list, paragraph, quote, tableCellNode, tableNode, text } from '../testing/body-builders';
import { bodyToHtml } from '../export/body-html';
import { pasteHtml } from './paste-html';
import { liftImagesToBlocks, pendingImages, withStoredImages } from './pasted-images';
import { bodyPlainText } from '../text/text-stats';

/** The clipboard fixtures the e2e paste spec also uses, written by hand the way each application emits them. */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../e2e/fixtures/paste');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const docsStory = () => pasteHtml({ html: fixture('google-docs-story.html'), docsSliceClip: fixture('google-docs-story.slice-clip.json') });

describe('pasteHtml: Google Docs', () => {
  it('recognises the copy by its GUID wrapper and never bolds the whole paste', () => {
    const pasted = docsStory();
    expect(pasted.source).toBe('google-docs');
    const lede = pasted.blocks[2];
    expect(lede).toEqual(
      paragraph('Turnout reached ', text('61 per cent', 'bold'), ', the ', text('highest', 'italic'), ' since 1998, according to the ', link('https://elections.harbour.gov.uk/results/2026', 'returning officer'), '.'),
    );
  });

  it('reads underline, strike-through, subscript and superscript from the style text', () => {
    expect(docsStory().blocks[3]).toEqual(
      paragraph('Ballots were ', text('hand-counted', 'underline'), ' in two halls; ', text('the first tally', 'strikethrough'), ' was void. Air readings showed CO', text('2', 'subscript'), ' at 10', text('3', 'superscript'), ' ppm.'),
    );
  });

  it('maps Title and H1 to h2, H2 to h2 and H3 to h3, and keeps no empty paragraphs', () => {
    const blocks = docsStory().blocks;
    expect(blocks.slice(0, 2)).toEqual([heading('h2', 'Harbour council count goes to a second day'), heading('h2', 'Turnout')]);
    expect(blocks.slice(5, 7)).toEqual([heading('h2', 'Who won'), heading('h3', 'Ward by ward')]);
    expect(blocks.filter((block) => block.type === 'paragraph' && (block.children ?? []).length === 0)).toEqual([]);
  });

  it('keeps nested, mixed lists at their aria-levels', () => {
    expect(docsStory().blocks[7]).toEqual(
      list('number', [
        {
          content: ['North ward: recount requested'],
          nested: { listType: 'bullet', items: [{ content: ['Margin of 14 votes'], nested: { listType: 'number', items: ['Second recount on Monday'] } }] },
        },
        'South ward: declared',
      ]),
    );
  });

  it('reads a suggested replacement as accepted: the deleted word goes, the inserted one stays', () => {
    expect(docsStory().blocks[4]).toEqual(paragraph('The count resumes on Friday, officials said.'));
  });

  it('without Docs’ slice clip nothing is removed, since the HTML alone does not say what was suggested', () => {
    const pasted = pasteHtml({ html: fixture('google-docs-story.html') });
    expect(pasted.blocks[4]).toEqual(paragraph('The count endedresumes on Friday, officials said.'));
  });

  it('brings a table in as a table, its bold first row as the header row', () => {
    expect(docsStory().blocks.find((block) => block.type === 'table')).toEqual(
      tableNode([
        [tableCellNode([paragraph('Candidate')], { headerState: HEADER_ROW }), tableCellNode([paragraph('Votes')], { headerState: HEADER_ROW })],
        [tableCellNode([paragraph('Morag Ellis')]), tableCellNode([paragraph('4,112')])],
        [tableCellNode([paragraph('Tomasz Wójcik')]), tableCellNode([paragraph('3,987')])],
      ]),
    );
  });

  it('gives a table’s cells as paragraphs to a body without tables', () => {
    const blocks = pasteHtml({ html: fixture('google-docs-story.html'), tables: false }).blocks;
    expect(blocks.some((block) => block.type === 'table')).toBe(false);
    expect(blocks).toContainEqual(paragraph('Tomasz Wójcik'));
  });

  it('keeps a link to the source document as it is (the pre-export check names it) and a remote image as its alt text', () => {
    const pasted = docsStory();
    expect(pasted.blocks.at(-2)).toEqual(
      paragraph('See the ', link('https://docs.google.com/document/d/1Qk7vXb2NwT0pLr5sYh3JdE9aFgU6cZmW4oKiO8nRtVy/edit#heading=h.4f7c2x9q1l0m', 'reporting notes'), ' before filing.'),
    );
    expect(pasted.blocks.at(-1)).toEqual(paragraph('Counting staff at the sports hall'));
    expect(pasted.images).toEqual([]);
    expect(pasted.leftOut).toEqual([
      {
        source: 'https://lh7-rt.googleusercontent.com/docsz/AD_4nXcQ2vH8kT1bN5mR7pL0sW3yF6gJ9dZ4xC2aE8uV1oK',
        altText: 'Counting staff at the sports hall',
        reason: 'is on the web and was not downloaded',
      },
    ]);
  });

  it('leaves a slice clip that does not match the HTML alone', () => {
    const clip = JSON.stringify({ data: JSON.stringify({ resolved: { dsl_spacers: 'Something else entirely', dsl_suggesteddeletions: { sgsl_sugg: [['s.1']] } } }) });
    const html = '<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span>Kept whole</span></p></b>';
    expect(pasteHtml({ html, docsSliceClip: clip }).blocks).toEqual([paragraph('Kept whole')]);
  });
});

describe('pasteHtml: Word', () => {
  const word = () => pasteHtml({ html: fixture('word-windows-story.html') });

  it('recognises Word and maps MsoTitle and headings to subheads', () => {
    const pasted = word();
    expect(pasted.source).toBe('word');
    expect(pasted.blocks[0]).toEqual(heading('h2', 'Ferry strike ends after nine days'));
    expect(pasted.blocks[2]).toEqual(heading('h2', 'What the deal includes'));
    expect(pasted.blocks[4]).toEqual(heading('h2', 'Still unresolved'));
  });

  it('keeps b/i/u/s/sup/sub, drops smart tags, <o:p>, spacerun runs and empty paragraphs', () => {
    expect(word().blocks[1]).toEqual(
      paragraph(
        'Crews on the Harwich route voted to return on ',
        text('Tuesday', 'bold'),
        ', the union said, after a ',
        text('late', 'italic'),
        ' offer on pay. The vote was ',
        text('narrow', 'underline'),
        ': ',
        text('312', 'strikethrough'),
        ' 298 to 281. Tides at 10',
        text('4', 'superscript'),
        ' and H',
        text('2', 'subscript'),
        'O readings were normal.',
      ),
    );
  });

  it('turns numbered list paragraphs into nested ordered lists without their typed markers', () => {
    expect(word().blocks[3]).toEqual(
      list('number', [
        {
          content: ['A 6 per cent rise this year'],
          nested: { listType: 'number', items: [{ content: ['Backdated to April'], nested: { listType: 'number', items: ['Paid in the December wage run'] } }] },
        },
        'A review of night rosters',
      ]),
    );
  });

  it('turns Symbol, Courier New and Wingdings bullets into nested bullet lists', () => {
    expect(word().blocks[5]).toEqual(
      list('bullet', [
        {
          content: ['Agency staff contracts'],
          nested: { listType: 'bullet', items: [{ content: ['Who pays for ', text('retraining', 'bold')], nested: { listType: 'bullet', items: ['Only for deck crew'] } }] },
        },
        'Holiday cover',
      ]),
    );
  });

  it('brings a Word table in as a table with its bold first row as the header', () => {
    expect(word().blocks.find((block) => block.type === 'table')).toEqual(
      tableNode([
        [tableCellNode([paragraph('Route')], { headerState: HEADER_ROW }), tableCellNode([paragraph('First sailing')], { headerState: HEADER_ROW })],
        [tableCellNode([paragraph('Harwich–Hook')]), tableCellNode([paragraph('06:15')])],
      ]),
    );
  });

  it('reads tracked changes as accepted', () => {
    expect(word().blocks[6]).toEqual(paragraph('The operator welcomed the vote.'));
  });

  it('reads the Mac clipboard’s comment-style conditionals the same way', () => {
    expect(pasteHtml({ html: fixture('word-mac-lists.html') }).blocks).toEqual([
      list('bullet', [{ content: ['Bridge closed to lorries'], nested: { listType: 'number', items: ['From 6 a.m. Monday', 'Until the spring inspection'] } }, 'Buses divert via Ashgate']),
    ]);
  });

  it('never lets a marker or a run of no-break spaces into the exported HTML', () => {
    const html = bodyToHtml(body(word().blocks));
    expect(html).not.toMatch(/[·§]|\u00a0|&nbsp;|mso-|o:p|supportLists/);
    expect(html).toContain('<ol><li>A 6 per cent rise this year<ol><li>Backdated to April');
  });

  it('starts a list at the number Word typed', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>4.<span>&nbsp;&nbsp;</span></span><![endif]>Fourth<o:p></o:p></p></body></html>`;
    const [pasted] = pasteHtml({ html }).blocks;
    expect(pasted).toMatchObject({ type: 'list', listType: 'number', start: 4 });
  });

  it('keeps a numbered heading a heading, without its typed number', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><h2 style='mso-list:l2 level1 lfo3'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span><![endif]>Background<o:p></o:p></h2></body></html>`;
    expect(pasteHtml({ html }).blocks).toEqual([heading('h2', 'Background')]);
  });

  it('makes a quote of Word’s Quote style', () => {
    const html = `<html xmlns:w="urn:schemas-microsoft-com:office:word"><body><p class=MsoQuote>“We will sail on Tuesday.”<o:p></o:p></p></body></html>`;
    expect(pasteHtml({ html }).blocks).toEqual([quote('“We will sail on Tuesday.”')]);
  });
});

describe('pasteHtml: any HTML', () => {
  it('takes a bold first row for a header only when every cell is bold', () => {
    const [pasted] = pasteHtml({ html: '<table><tr><td><b>Ward</b></td><td>Turnout</td></tr><tr><td>North</td><td>61%</td></tr></table>' }).blocks;
    expect(pasted?.children?.[0]?.children?.map((cell) => cell.headerState)).toEqual([0, 0]);
  });

  it('reads formatting from style text on web pages too, and unbolds a subhead’s bold', () => {
    const { source, blocks } = pasteHtml({ html: '<h2><b>Already bold</b></h2><p><span style="font-weight: bold">strong</span> and <span style="font-style:italic;text-decoration:underline">both</span></p>' });
    expect(source).toBe('html');
    expect(blocks).toEqual([heading('h2', 'Already bold'), paragraph(text('strong', 'bold'), ' and ', text('both', 'italic', 'underline'))]);
  });

  it('keeps only the copied fragment of a Windows clipboard', () => {
    expect(pasteHtml({ html: '<body><p>Before</p><!--StartFragment--><p>Copied</p><!--EndFragment--><p>After</p></body>' }).blocks).toEqual([paragraph('Copied')]);
  });

  it('stores a data: picture and marks its place; the file is filled in once stored', () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const pasted = pasteHtml({ html: `<p>Before <img alt="A red dot" src="data:image/png;base64,${png}"> after</p>` });
    expect(pasted.images).toHaveLength(1);
    expect(pasted.images[0]).toMatchObject({ mediaType: 'image/png', altText: 'A red dot' });
    expect(Array.from(pasted.images[0]?.bytes.slice(0, 4) ?? [])).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const stored = withStoredImages(pasted.blocks, [{ file: 'assets/abc.png', mediaType: 'image/png', width: 1, height: 1 }]);
    expect(stored).toEqual([paragraph('Before ', image({ file: 'assets/abc.png', altText: 'A red dot', caption: '', credit: '', width: 1, height: 1 }), ' after')]);
    expect(bodyPlainText(body(withStoredImages(pasted.blocks, [null])))).toBe('Before A red dot after');
  });

  it('lifts a stored picture out of its paragraph, list or link into a block of its own, in reading order', () => {
    const dot = { file: 'assets/abc.png', mediaType: 'image/png', width: 1, height: 1 };
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const picture = image({ file: 'assets/abc.png', altText: 'Dot', caption: '', credit: '', width: 1, height: 1 });
    const inParagraph = pasteHtml({ html: `<p>Before <a href="https://example.com/"><img alt="Dot" src="data:image/png;base64,${png}">link</a> after</p><p><img alt="Dot" src="data:image/png;base64,${png}"></p>` });
    expect(liftImagesToBlocks(withStoredImages(inParagraph.blocks, [dot, dot]))).toEqual([
      paragraph('Before ', link('https://example.com/', 'link')),
      picture,
      paragraph('after'),
      picture,
    ]);
    const inList = pasteHtml({ html: `<ul><li>One <img alt="Dot" src="data:image/png;base64,${png}"></li></ul><p>Next</p>` });
    expect(liftImagesToBlocks(withStoredImages(inList.blocks, [dot]))).toEqual([list('bullet', ['One ']), picture, paragraph('Next')]);
  });

  it('makes a pending picture for each piece of clipboard image data', () => {
    const stored = withStoredImages(pendingImages([{ altText: '' }, { altText: '' }]), [{ file: 'assets/a.png', mediaType: 'image/png', width: 2, height: 3 }, null]);
    expect(stored).toEqual([image({ file: 'assets/a.png', altText: '', caption: '', credit: '', width: 2, height: 3 })]);
  });

  it('leaves out pictures it cannot store, saying why', () => {
    const pasted = pasteHtml({ html: '<p><img src="data:image/svg+xml,%3Csvg%3E" alt="Logo"><img src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" alt="Chart"></p>' });
    expect(pasted.blocks).toEqual([paragraph('LogoChart')]);
    expect(pasted.leftOut.map((image) => image.reason)).toEqual(['is not a JPEG, PNG, GIF, WebP or AVIF image', 'is a file on the computer it was copied from and could not be read']);
  });
});
