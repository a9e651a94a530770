import { describe, expect, it } from 'vitest';
import { base64Encode } from './base64';
import { displayTime } from './credits';
import { escapeHtmlAttribute, escapeHtmlText } from './escape';
import { imageSrc } from './image-source';
import { textDirection } from './language-direction';

describe('base64Encode', () => {
  it('matches Node’s encoder for every padding case and all byte values', () => {
    const all = Uint8Array.from({ length: 256 }, (_, index) => index);
    for (let length = 0; length <= 7; length += 1) expect(base64Encode(all.subarray(0, length))).toBe(Buffer.from(all.subarray(0, length)).toString('base64'));
    expect(base64Encode(all)).toBe(Buffer.from(all).toString('base64'));
  });
});

describe('escaping', () => {
  it('escapes text and attributes, leaving typography alone', () => {
    expect(escapeHtmlText('<b> & “quotes” \'single\' "double"')).toBe('&lt;b&gt; &amp; “quotes” \'single\' "double"');
    expect(escapeHtmlAttribute('"><script> \' &')).toBe('&quot;&gt;&lt;script&gt; &#39; &amp;');
  });
});

describe('imageSrc', () => {
  it('links beside the export, under a base, with unsafe characters encoded', () => {
    expect(imageSrc('assets/lead.jpg', { mode: 'link', baseHref: '' })).toBe('assets/lead.jpg');
    expect(imageSrc('assets/a b#c.jpg', { mode: 'link', baseHref: 'files' })).toBe('files/assets/a%20b%23c.jpg');
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['AR', 'rtl'],
    ['en', 'ltr'],
    ['sw', 'ltr'],
    ['ja', 'ltr'],
    ['arn', 'ltr'],
  ])('%s is %s', (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });
});

describe('displayTime', () => {
  it('shows the wall-clock time at the article’s own offset, in its language', () => {
    expect(displayTime('2026-05-24T13:16:00+03:00', 'en-GB')).toBe('24 May 2026 at 13:16 UTC+03:00');
    expect(displayTime('2026-05-24T23:30:00-05:00', 'en-GB')).toBe('24 May 2026 at 23:30 UTC-05:00');
    expect(displayTime('2026-05-24T10:00:00.000Z', 'en-GB')).toBe('24 May 2026 at 10:00 UTC');
    expect(displayTime('2026-05-24T13:16:00+03:00', 'de')).toContain('24. Mai 2026');
  });

  it('gives back what it cannot read', () => {
    expect(displayTime('yesterday', 'en')).toBe('yesterday');
  });
});
