import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { body, heading, horizontalRule, image, linebreak, link, list, mark, paragraph, quote, suggestion, text } from '../testing/body-builders';
import { japaneseArticle, thaiArticle } from '../testing/sample-articles';
import { bodyPlainText, countCharacters, countWords, textStats, wordList } from './text-stats';

describe('countWords', () => {
  it('counts words in space-separated copy, ignoring punctuation', () => {
    expect(countWords('“We did not come here — not today…,” she said.')).toBe(9);
    expect(countWords('council’s budget')).toBe(2);
    expect(countWords('')).toBe(0);
    expect(countWords(' — … ')).toBe(0);
  });

  it('counts Japanese words although there are no spaces', () => {
    const sentence = '東京都は二十四日、都電荒川線を延伸する計画を発表した。';
    // Dictionary segmentation finds about fourteen words; a space-based count would find one.
    expect(countWords(sentence)).toBeGreaterThanOrEqual(10);
    expect(countWords(sentence)).toBeLessThanOrEqual(20);
    expect(countWords(bodyPlainText(japaneseArticle.body))).toBeGreaterThan(20);
  });

  it('counts Thai words although there are no spaces', () => {
    const sentence = 'กรุงเทพมหานครเปิดเส้นทางเรือโดยสารไฟฟ้าสายใหม่ในคลองแสนแสบ';
    expect(countWords(sentence)).toBeGreaterThanOrEqual(8);
    expect(countWords(sentence)).toBeLessThanOrEqual(18);
    expect(countWords(bodyPlainText(thaiArticle.body))).toBeGreaterThan(10);
  });

  it('counts Amharic words separated by spaces and Ethiopic punctuation', () => {
    expect(countWords('ሰላም ለዓለም፡ ጤና ይስጥልኝ')).toBe(4);
  });
});

/** The reference: the whole string segmented at once (quadratic in V8, so keep texts to about 20,000 characters). */
function wholeString(text: string, granularity: 'word' | 'grapheme'): string[] {
  const segments: string[] = [];
  for (const { segment, isWordLike } of new Intl.Segmenter(undefined, { granularity }).segment(text)) {
    if (granularity === 'grapheme' ? segment !== '\n' : isWordLike) segments.push(segment);
  }
  return segments;
}

describe('long text', () => {
  it('counts exactly as segmenting the whole string would, across every place the text is cut', () => {
    const tricky = [
      'Ng’ang’a said “no” — twice…  then   left. ',
      '👩🏽‍🚀 🇰🇪 e\u0301 a \u0301b ',
      '\u0600 ١٢ مليون دينار ',
      '東京都は二十四日、都電荒川線を延伸する計画を発表した。'.repeat(25),
      'กรุงเทพมหานครเปิดเส้นทางเรือ ',
      'line\r\nbreak\n\n',
      'x'.repeat(700),
    ];
    const text = Array.from({ length: 80 }, (_, index) => tricky[index % tricky.length]).join('');
    expect(text.length).toBeGreaterThan(15_000);
    const words = wholeString(text, 'word');
    expect(wordList(text)).toEqual(words);
    expect(countWords(text)).toBe(words.length);
    expect(countCharacters(text)).toBe(wholeString(text, 'grapheme').length);
  });
});

describe('countWords without the segmenter', () => {
  // Every character the fast path classifies, and some it leaves to the segmenter (colon, underscore, a combining accent, other scripts).
  const PLAIN = 'aZéÀſ9 0.,;\'’‘\u2024-–—“”…!?()\n\t\u00a0«»×÷/@#$%&*+<=>[]^`{|}~"¡¿';
  const OTHER = ':_\u0301\u00ad東ก١';
  const wholeCount = (text: string) => wholeString(text, 'word').length;

  it('counts plain Latin copy exactly as the segmenter does: apostrophes, decimal points and thousands inside words', () => {
    const copy = 'Ng’ang’a can\'t say e.g. U.S.A. or 3.14 or 1,000,000 or 1;2 — a.1 3.a a..b x’ ‘y “z” 3rd 2026-12-02 well-known. ';
    expect(countWords(copy)).toBe(wholeCount(copy));
    expect(countWords(copy)).toBe(26);
  });

  it('agrees with the segmenter on any mix of those characters, dense with punctuation', () => {
    const texts = fc.array(fc.constantFrom(...PLAIN, ...PLAIN, ...OTHER), { maxLength: 60 }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(texts, (text) => countWords(text) === wholeCount(text)),
      { numRuns: 20_000 },
    );
  });
});

describe('wordList', () => {
  it('lists the words countWords counts, in order', () => {
    const text = '“We did not come here — not today…,” 東京都は発表した。';
    expect(wordList(text).slice(0, 7)).toEqual(['We', 'did', 'not', 'come', 'here', 'not', 'today']);
    expect(wordList(text)).toHaveLength(countWords(text));
  });
});

describe('countCharacters', () => {
  it('counts what a reader sees as one character once', () => {
    expect(countCharacters('👩🏽‍🚀')).toBe(1);
    expect(countCharacters('🇰🇪')).toBe(1);
    expect(countCharacters('e\u0301')).toBe(1);
    expect(countCharacters('عمّان')).toBe(4);
    expect(countCharacters('“Hi” — ok…')).toBe(10);
  });

  it('does not count line breaks between blocks', () => {
    expect(countCharacters('ab\ncd')).toBe(4);
  });

  it('counts plain Latin copy without the segmenter, exactly as the segmenter would', () => {
    const copy = 'Straße, Łódź, Ærø — “Ça va?” she asked… ‘Yes’ – 1.2 million† ½ ʻokina\nNext paragraph ';
    expect(countCharacters(copy)).toBe(wholeString(copy, 'grapheme').length);
    expect(countCharacters('cafe\u0301')).toBe(4);
    expect(countCharacters('a\u200db')).toBe(wholeString('a\u200db', 'grapheme').length);
  });
});

describe('textStats', () => {
  it('rounds reading time at 230 words a minute, never zero for some text', () => {
    expect(textStats('').readingMinutes).toBe(0);
    expect(textStats('word').readingMinutes).toBe(1);
    expect(textStats(Array(460).fill('word').join(' '))).toEqual({ words: 460, characters: 460 * 5 - 1, readingMinutes: 2 });
    expect(textStats(Array(10_000).fill('word').join(' ')).readingMinutes).toBe(43);
  });
});

describe('bodyPlainText', () => {
  it('gives one line per block, with the text of links and formatted runs', () => {
    const plain = bodyPlainText(
      body([
        heading('h2', 'Sub'),
        paragraph('The ', text('IEBC', 'bold'), ' said in a ', link('https://www.iebc.or.ke/', 'statement'), '.'),
        quote('“Quote”'),
        list('bullet', ['one', { content: ['two'], nested: { listType: 'number', items: ['two.a'] } }]),
        horizontalRule(),
        paragraph('line', linebreak(), 'break'),
      ]),
    );
    expect(plain).toBe('Sub\nThe IEBC said in a statement.\n“Quote”\none\ntwo\ntwo.a\nline\nbreak');
  });

  it('counts a picture’s caption as a block of its own, but not its alt text or credit', () => {
    const photo = image({ file: 'assets/a.jpg', altText: 'alt', caption: 'cap', credit: 'cred' });
    expect(bodyPlainText(body([paragraph('before ', photo, 'after')]))).toBe('before \ncap\nafter');
    expect(bodyPlainText(body([photo, paragraph('after')]))).toBe('cap\nafter');
  });
});

describe('bodyPlainText of a reviewed body', () => {
  const suggestionId = '7c2e1c74-2f6a-4b65-9d8c-4b8b3b9b2a33';

  it('reads commented words in their sentence and the text as if every suggestion were rejected', () => {
    const reviewed = body([
      paragraph(text('The bore'), mark(['5a0c9a52-0d4e-4f43-9b7a-2f6f1f7f0e11'], text('hole dried')), text(' up '), suggestion('delete', suggestionId, text('on Tuesday')), suggestion('insert', suggestionId, text('last week')), text('.')),
    ]);
    expect(bodyPlainText(reviewed)).toBe('The borehole dried up on Tuesday.');
    expect(countWords(bodyPlainText(reviewed))).toBe(6);
  });
});
