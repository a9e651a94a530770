import { describe, expect, it } from 'vitest';
import type { Article } from '../article/article-schema';
import { serializedImage } from '../blocks/image';
import { body, factBox, image, link, paragraph } from '../testing/body-builders';
import { generateLongArticle, japaneseArticle, KENYA_EDITORS_NOTE, kenyaPoliticsArticle, minimalArticle } from '../testing/sample-articles';
import { IDS, reviewedArticle, SUB } from '../testing/reviewed-article';
import { findPlaceholders } from '../text/placeholders';
import { hasBlockers, runPreExportCheck, unreachableReason, type PreExportItem } from './pre-export-check';
import { DEFAULT_CHECK_SEVERITIES, PRE_EXPORT_CHECK_IDS, PreExportSettingsSchema } from './pre-export-settings';
import { defaultHouseStyle } from '../style/default-style';
import { checkArticleStyle } from '../style/check-style';

/** A complete article that passes every check, to break one field at a time. */
const clean: Article = { ...kenyaPoliticsArticle, headline: 'Opposition quits electoral talks over server audit' };
const check = (changes: Partial<Article>, settings = {}) => runPreExportCheck({ ...clean, ...changes }, settings);
const ids = (items: readonly PreExportItem[]) => items.map((item) => `${item.id} @ ${item.field}`);

describe('runPreExportCheck', () => {
  it('finds nothing wrong with a complete article', () => {
    expect(check({})).toEqual([]);
    expect(runPreExportCheck(japaneseArticle)).toEqual([]);
  });

  it('holds the Kenya story’s 64-character headline to the print budget only', () => {
    expect(runPreExportCheck(kenyaPoliticsArticle)).toEqual([
      { id: 'headline-too-long', severity: 'warning', field: 'headline', message: 'The headline is 64 characters, over the print (60) budget.' },
    ]);
  });

  describe('headline', () => {
    it.each(['', '   '])('blocks an empty headline (%j)', (headline) => {
      expect(check({ headline })).toEqual([{ id: 'headline-empty', severity: 'blocker', field: 'headline', message: 'The headline is empty. Write a headline before exporting.' }]);
    });

    it('warns once when a headline is over several budgets, naming each', () => {
      expect(check({ headline: 'a'.repeat(71) })[0]?.message).toBe('The headline is 71 characters, over the web (70) and print (60) budgets.');
      expect(check({ headline: 'a'.repeat(101) })[0]?.message).toBe('The headline is 101 characters, over the web (70), print (60) and social (100) budgets.');
      expect(check({ headline: 'a'.repeat(60) })).toEqual([]);
    });

    it('counts characters as a reader sees them', () => {
      expect(check({ headline: `${'👩🏽‍🚀'.repeat(60)}` })).toEqual([]);
      expect(check({ headline: `${'é'.normalize('NFD').repeat(61)}` })).toHaveLength(1);
    });

    it('uses configured budgets, and skips a budget set to null', () => {
      expect(check({ headline: 'a'.repeat(65) }, { headlineBudgets: { print: null } })).toEqual([]);
      expect(check({ headline: 'a'.repeat(45) }, { headlineBudgets: { social: 40 } })[0]?.message).toBe('The headline is 45 characters, over the social (40) budget.');
    });
  });

  describe('bylines', () => {
    it('blocks an article with no byline', () => {
      expect(check({ bylines: [] })).toEqual([{ id: 'byline-missing', severity: 'blocker', field: 'bylines', message: 'There is no byline. Add the reporter’s name and role.' }]);
    });

    it('blocks a byline with an empty name and points at it', () => {
      const items = check({ bylines: [{ name: 'Wanjiru Kamau', role: 'Reporter' }, { name: ' ', role: 'Additional reporting' }] });
      expect(items).toEqual([{ id: 'byline-name-empty', severity: 'blocker', field: 'bylines[1].name', message: 'Byline 2 (Additional reporting) has no name.' }]);
    });
  });

  describe('images', () => {
    const lead = clean.leadImage!;

    it.each([
      ['altText', 'image-alt-missing', 'The lead image has no alt text. Describe what it shows for readers who cannot see it.'],
      ['caption', 'image-caption-missing', 'The lead image has no caption.'],
      ['credit', 'image-credit-missing', 'The lead image has no credit. Add the photographer or agency.'],
    ] as const)('warns when the lead image has no %s', (key, id, message) => {
      expect(check({ leadImage: { ...lead, [key]: '  ' } })).toEqual([{ id, severity: 'warning', field: `leadImage.${key}`, message }]);
    });

    it('spots a credit typed into the caption', () => {
      const items = check({ leadImage: { ...lead, caption: 'Interior CAS Millicent Omanga. PHOTO/COURTESY', credit: '' } });
      expect(items).toEqual([{ id: 'image-credit-missing', severity: 'warning', field: 'leadImage.credit', message: 'The lead image has no credit; it looks typed into the caption. Move it to the credit field.' }]);
    });

    it('checks pictures in the body too, naming the file', () => {
      const picture = image({ file: 'assets/market.jpg', altText: '', caption: 'Gikomba market.', credit: '' });
      expect(check({ body: body([paragraph('Text ', picture)]) }).map((item) => [item.id, item.field, item.message])).toEqual([
        ['image-alt-missing', 'body', 'The picture “market.jpg” in the body has no alt text. Describe what it shows for readers who cannot see it.'],
        ['image-credit-missing', 'body', 'The picture “market.jpg” in the body has no credit. Add the photographer or agency.'],
      ]);
      expect(check({ body: body([image({ file: 'assets/a.jpg', altText: 'Alt', caption: 'Cap', credit: 'Cred' })]) })).toEqual([]);
    });

    it.each([
      ['no alt text', { altText: '  ' }],
      ['no caption', { caption: '' }],
      ['no credit', { credit: '\n' }],
      ['a credit typed into the caption', { caption: 'Voters in Kondele. PHOTO/COURTESY', credit: '' }],
      ['nothing but a file', { altText: '', caption: '', credit: '' }],
    ])('holds a body picture with %s, as the editor writes it, to the lead image’s rules, also in a fact box', (_, fields) => {
      const fieldsOf = { altText: lead.altText, caption: lead.caption, credit: lead.credit, ...fields };
      const leadItems = check({ leadImage: { ...lead, ...fieldsOf } });
      expect(leadItems.length).toBeGreaterThan(0);
      // What ImageNode.exportJSON writes: the raw field values as typed, with the picture's size.
      const picture = serializedImage({ file: 'assets/9f86d081884c7d659a2feaa0c55ad015.jpg', ...fieldsOf, width: 1600, height: 900 });
      const asBody = (items: readonly PreExportItem[]) => items.map((item) => ({ ...item, field: 'body', message: item.message.replace('The lead image', 'The picture “9f86d081884c7d659a2feaa0c55ad015.jpg” in the body') }));
      for (const where of [body([paragraph('Before.'), picture]), body([factBox('Key dates', [picture])])]) {
        expect(check({ leadImage: null, body: where })).toEqual(asBody(leadItems));
      }
    });

    it('has nothing to say about an article without pictures', () => {
      expect(check({ leadImage: null })).toEqual([]);
    });
  });

  describe('links', () => {
    it('warns about a related link without a title', () => {
      const relatedLinks = [clean.relatedLinks[0]!, { title: ' ', url: 'https://www.iebc.or.ke/' }];
      expect(check({ relatedLinks })).toEqual([{ id: 'related-link-title-missing', severity: 'warning', field: 'relatedLinks[1].title', message: 'Related link 2 has no title.' }]);
    });

    it('warns about addresses that will not be exported as links, with the reason', () => {
      const relatedLinks = [{ title: 'Bad', url: 'javascript:alert(1)' }, { title: 'Half typed', url: 'www.iebc.or.ke' }];
      expect(check({ relatedLinks }).map((item) => [item.id, item.field, item.message])).toEqual([
        ['link-not-allowed', 'relatedLinks[0].url', 'Related link 1 will not be exported as a link: Links may only use https, http or mailto, not “javascript”.'],
        ['link-not-allowed', 'relatedLinks[1].url', 'Related link 2 will not be exported as a link: “www.iebc.or.ke” is not a full web address. Start it with https:// (or mailto: for email).'],
      ]);
    });

    it.each([
      ['https://example.com/story', 'is an example address'],
      ['https://www.example.org/', 'is an example address'],
      ['https://preview.example/', 'is an example address'],
      ['http://localhost:3000/draft', 'points to this computer (localhost)'],
      ['http://192.168.1.20/cms/preview', 'points to a private network address'],
      ['https://www.ledger.co.ke/politics/iebc audit', 'has spaces in it'],
      ['https://www.ledger.c0/', 'does not end in a real domain (“.c0”)'],
      ['mailto:politics', 'is an email link without a full address'],
      ['mailto:someone@example.com', 'is an example address'],
    ])('warns that %s %s', (url, reason) => {
      expect(unreachableReason(url)).toBe(reason);
      expect(check({ relatedLinks: [{ title: 'Link', url }] })).toEqual([
        { id: 'link-looks-unreachable', severity: 'warning', field: 'relatedLinks[0].url', message: `Related link 1 “${url}” ${reason}. Check it goes where it should.` },
      ]);
    });

    it.each(['https://www.iebc.or.ke/', 'http://nation.africa/politics', 'https://xn--mnchen-3ya.de/', 'https://8.8.8.8/', 'mailto:politics@nairobiledger.co.ke', 'https://examples.co.ke/'])('accepts %s', (url) => {
      expect(unreachableReason(url)).toBeNull();
      expect(check({ relatedLinks: [{ title: 'Link', url }] })).toEqual([]);
    });

    it('checks links in the body, naming their text', () => {
      const items = check({ body: body([paragraph('See ', link('file:///C:/Users/me/notes.docx', 'my notes'), ' and ', link('https://example.com/', 'the source'))]) });
      expect(items.map((item) => [item.id, item.field, item.message])).toEqual([
        ['link-to-private-document', 'body', 'The link on “my notes” in the body goes to a file on the writer’s computer (“file:///C:/Users/me/notes.docx”), which readers cannot open. Link a public source or take the link out.'],
        ['link-not-allowed', 'body', 'The link on “my notes” in the body will not be exported as a link: Links may only use https, http or mailto, not “file”.'],
        ['link-looks-unreachable', 'body', 'The link on “the source” in the body “https://example.com/” is an example address. Check it goes where it should.'],
      ]);
    });
  });

  describe('links to private documents', () => {
    it.each([
      ['https://docs.google.com/document/d/1Qk7vXb2NwT0pLr5sYh3JdE9aFgU6cZmW4oKiO8nRtVy/edit#heading=h.4f7c2x9q1l0m', 'a Google Docs document'],
      ['https://docs.google.com/spreadsheets/d/1xYz/edit#gid=0', 'a Google Sheets spreadsheet'],
      ['https://docs.google.com/presentation/d/1aBc/edit', 'a Google Slides presentation'],
      ['https://drive.google.com/file/d/1dEf/view?usp=sharing', 'a Google Drive file'],
      ['https://contoso.sharepoint.com/:w:/r/sites/newsdesk/Shared%20Documents/ferry-strike.docx?d=w3f2a', 'a SharePoint document'],
      ['https://contoso-my.sharepoint.com/personal/pnair/Documents/notes.docx', 'a SharePoint document'],
      ['https://1drv.ms/w/s!AkF3x9', 'a OneDrive file'],
      ['https://onedrive.live.com/edit.aspx?resid=ABC!123', 'a OneDrive file'],
      ['file:///Users/pnair/Desktop/notes.docx', 'a file on the writer’s computer'],
    ])('names %s as %s', (url, kind) => {
      const items = check({ body: body([paragraph('From ', link(url, 'the notes'), '.')]) }).filter((item) => item.id === 'link-to-private-document');
      expect(items).toEqual([
        {
          id: 'link-to-private-document',
          severity: 'warning',
          field: 'body',
          message: `The link on “the notes” in the body goes to ${kind} (“${url.length > 60 ? `${url.slice(0, 59)}…` : url}”), which readers cannot open. Link a public source or take the link out.`,
        },
      ]);
    });

    it('checks related links too, and leaves public Google and Microsoft pages alone', () => {
      expect(ids(check({ relatedLinks: [{ title: 'Notes', url: 'https://docs.google.com/document/d/1AbC/edit' }] }))).toEqual(['link-to-private-document @ relatedLinks[0].url']);
      for (const url of ['https://www.google.com/search?q=turnout', 'https://news.microsoft.com/', 'https://support.google.com/docs/answer/179740', 'https://sharepoint.example.org.uk/']) {
        expect(check({ relatedLinks: [{ title: 'Public', url }] })).toEqual([]);
      }
    });
  });

  describe('placeholders', () => {
    it.each([
      ['The vote is on TK', 'TK'],
      ['TKTK more to come', 'TKTK'],
      ['turnout was XX per cent', 'XX'],
      ['turnout was xx per cent', 'xx'],
      ['XXX votes', 'XXX'],
      ['the chair [CHECK] said', '[CHECK]'],
      ['the chair [check spelling] said', '[check spelling]'],
      ['[TK] quote', '[TK]'],
      ['[ tbc ]', '[ tbc ]'],
      ['Omanga said ??? about it', '???'],
      ['Lorem ipsum dolor sit amet', 'Lorem ipsum'],
      ['東京都はTKの計画を発表した', 'TK'],
      ['(TK)', 'TK'],
      ['“TK,” she said', 'TK'],
    ])('finds %j', (text, placeholder) => {
      expect(findPlaceholders(text)).toEqual([placeholder]);
    });

    it.each(['a TKO in round three', 'XXL shirts', 'Xx', 'tk', 'Tk', 'ATK', 'MAXX', 'Pope Pius XXII', '[Editor’s pick]', 'What??', 'Really?!', 'ipsum factum', 'TK-7 robot', 'XX-large', 'anti-TK', 'TKé'])(
      'ignores %j',
      (text) => {
        expect(findPlaceholders(text)).toEqual([]);
      },
    );

    it('reports each field with its placeholders and a path to it', () => {
      const items = check({
        headline: 'Talks collapse as TK walks out',
        standfirst: 'More TK and [CHECK] here',
        bylines: [{ name: 'Wanjiru Kamau', role: 'XX' }],
        leadImage: { ...clean.leadImage!, caption: 'MPs leave ???' },
        relatedLinks: [{ title: 'Lorem ipsum', url: 'https://www.iebc.or.ke/' }],
        body: body([paragraph('Turnout was XX per cent.')]),
      });
      expect(items.map((item) => [item.field, item.message])).toEqual([
        ['headline', 'The headline still has a placeholder: “TK”.'],
        ['standfirst', 'The standfirst still has placeholders: “TK”, “[CHECK]”.'],
        ['bylines[0].role', 'Byline 1’s role still has a placeholder: “XX”.'],
        ['leadImage.caption', 'The lead image’s caption still has a placeholder: “???”.'],
        ['body', 'The body still has a placeholder: “XX”.'],
        ['relatedLinks[0].title', 'Related link 1’s title still has a placeholder: “Lorem ipsum”.'],
      ]);
      expect(items.every((item) => item.id === 'placeholder-left' && item.severity === 'warning')).toBe(true);
    });
  });

  describe('editor’s note in the body', () => {
    const withBody = (...paragraphs: string[]) => ({ body: body(paragraphs.map((text) => paragraph(text))) });

    it('finds the whole note pasted into the body', () => {
      const items = check({ ...withBody('First paragraph.', KENYA_EDITORS_NOTE) });
      expect(ids(items)).toEqual(['editors-note-in-body @ body']);
      expect(items[0]?.message).toMatch(/^The body contains the editor’s note \(“Legal has cleared the Mwangi quote Do NOT”\)\. Take it out/);
    });

    it('finds a long fragment of the note, whatever the case and punctuation', () => {
      expect(ids(check(withBody('Body text. do not name the second committee clerk, source protection! More text.')))).toEqual(['editors-note-in-body @ body']);
    });

    it('finds a short note pasted whole', () => {
      expect(ids(check({ editorsNote: 'Check the quote', ...withBody('Ruto said: check the quote.') }))).toEqual(['editors-note-in-body @ body']);
    });

    it('does not flag a few words the note and the body happen to share', () => {
      expect(check({ ...withBody('The commission’s spokesperson declined to comment before the 6pm deadline.') })).toEqual([]);
      expect(check({ editorsNote: 'OK', ...withBody('OK') })).toEqual([]);
      expect(check({ editorsNote: '', ...withBody('Anything') })).toEqual([]);
    });

    it.each(['Editor’s note: hold until the ruling.', "Editors' note — legal to read", 'NOTE TO EDITORS: embargoed until 6pm', '[internal] check with legal', 'Note to desk: picture to follow'])(
      'flags a paragraph that opens like a note to editors: %j',
      (text) => {
        const items = check({ editorsNote: '', ...withBody('Lede.', text) });
        expect(ids(items)).toEqual(['editors-note-in-body @ body']);
        expect(items[0]?.message).toContain('reads like a note to editors');
      },
    );

    it('does not flag a mention of an editor’s note inside a sentence', () => {
      expect(check({ editorsNote: '', ...withBody('The editor’s note published on Monday said the figures were wrong.') })).toEqual([]);
    });
  });

  describe('review', () => {
    const reviewed = { ...reviewedArticle, headline: clean.headline, review: { ...reviewedArticle.review, fieldSuggestions: reviewedArticle.review.fieldSuggestions.map((suggestion) => (suggestion.field === 'headline' ? { ...suggestion, before: clean.headline } : suggestion)) } };
    const reviewItems = (article: Article, settings = {}) => runPreExportCheck(article, settings).filter((item) => item.id === 'pending-suggestions' || item.id === 'open-comments');

    it('blocks pending suggestions, counting body and field ones, and points at the first in document order', () => {
      expect(reviewItems(reviewed)[0]).toEqual({
        id: 'pending-suggestions',
        severity: 'blocker',
        field: `suggestion:${IDS.headlineSuggestion}`,
        message: '5 suggestions are still pending (3 in the body, 2 on the fields). Accept or reject each one before exporting.',
      });
    });

    it('always blocks pending suggestions, whatever the settings say of other checks', () => {
      const settings = Object.fromEntries(PRE_EXPORT_CHECK_IDS.map((id) => [id, 'off']));
      expect(reviewItems(reviewed, { severities: settings })).toEqual([expect.objectContaining({ id: 'pending-suggestions', severity: 'blocker' })]);
      expect(PRE_EXPORT_CHECK_IDS).not.toContain('pending-suggestions');
    });

    it('warns of open comment threads (detached ones too), or blocks as the settings say', () => {
      const comments = reviewItems(reviewed).find((item) => item.id === 'open-comments');
      expect(comments).toEqual({ id: 'open-comments', severity: 'warning', field: `thread:${IDS.bodyThread}`, message: '3 comment threads are still open. Comments are never exported; resolve them once dealt with.' });
      expect(reviewItems(reviewed, { severities: { 'open-comments': 'blocker' } }).find((item) => item.id === 'open-comments')?.severity).toBe('blocker');
    });

    it('finds nothing of a review with every suggestion decided and every thread resolved', () => {
      const resolved = { ...clean, review: { ...reviewed.review, fieldSuggestions: [], threads: reviewed.review.threads.map((thread) => ({ ...thread, status: 'resolved' as const, resolved: { by: SUB, at: thread.comments[0]!.at } })) } };
      expect(check(resolved)).toEqual([]);
    });
  });

  describe('settings', () => {
    it('can turn any check into a blocker or a warning, or off', () => {
      expect(check({ bylines: [] }, { severities: { 'byline-missing': 'warning' } })[0]?.severity).toBe('warning');
      expect(check({ headline: 'TK' }, { severities: { 'placeholder-left': 'blocker' } })[0]?.severity).toBe('blocker');
      expect(check({ headline: '' }, { severities: { 'headline-empty': 'off' } })).toEqual([]);
    });

    it('has a default severity for every check, and validates settings', () => {
      expect(PRE_EXPORT_CHECK_IDS).toEqual(Object.keys(DEFAULT_CHECK_SEVERITIES));
      expect(PreExportSettingsSchema.parse({})).toEqual({ severities: {}, headlineBudgets: {} });
      expect(PreExportSettingsSchema.safeParse({ severities: { 'no-such-check': 'off' } }).success).toBe(false);
      expect(PreExportSettingsSchema.safeParse({ severities: { 'headline-empty': 'fatal' } }).success).toBe(false);
      expect(PreExportSettingsSchema.safeParse({ headlineBudgets: { web: 0 } }).success).toBe(false);
      expect(PreExportSettingsSchema.safeParse({ headlineBudgets: { radio: 40 } }).success).toBe(false);
      expect(() => check({}, { severities: { 'headline-empty': 'fatal' } } as never)).toThrow();
    });

    it('says whether anything blocks the export', () => {
      expect(hasBlockers(runPreExportCheck(minimalArticle))).toBe(true);
      expect(hasBlockers(runPreExportCheck(kenyaPoliticsArticle))).toBe(false);
    });
  });

  it('checks a 10,000-word article', () => {
    const long = generateLongArticle(10_000);
    expect(ids(runPreExportCheck(long))).toEqual([]);
  });

  describe('house style', () => {
    const houseStyle = defaultHouseStyle();
    const flagged: Article = { ...clean, body: body([paragraph('Tallies go out by e-mail, the the officials said.')]) };

    it('counts the open issues as one warning that leads to the Style panel, and nothing without a house style', () => {
      expect(runPreExportCheck(flagged, {}, { houseStyle })).toEqual([
        { id: 'style-issues', severity: 'warning', field: 'style', message: '2 house-style issues are still open (2 warnings). Fix or ignore them in the Style panel.' },
      ]);
      expect(runPreExportCheck(flagged)).toEqual([]);
      expect(runPreExportCheck(clean, {}, { houseStyle })).toEqual([]);
    });

    it('leaves out what is ignored here, and is raised to a blocker or turned off in the settings', () => {
      const [first] = checkArticleStyle(flagged, houseStyle).issues;
      expect(runPreExportCheck({ ...flagged, styleIgnores: [first!.id] }, {}, { houseStyle })[0]?.message).toBe('1 house-style issue is still open (1 warning). Fix or ignore it in the Style panel.');
      expect(runPreExportCheck(flagged, { severities: { 'style-issues': 'blocker' } }, { houseStyle })[0]?.severity).toBe('blocker');
      expect(runPreExportCheck(flagged, { severities: { 'style-issues': 'off' } }, { houseStyle })).toEqual([]);
    });
  });
});
