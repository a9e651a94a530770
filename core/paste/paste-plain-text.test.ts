import { describe, expect, it } from 'vitest';
import { paragraph } from '../testing/body-builders';
import { plainTextToBlocks } from './paste-plain-text';
import { parseStyle } from './style-declarations';

describe('plainTextToBlocks', () => {
  it('makes one paragraph per line, whatever the line endings, and keeps no blank ones', () => {
    expect(plainTextToBlocks('First line\r\nSecond\tline\n\n\n  Third  \rFourth\u2029')).toEqual([paragraph('First line'), paragraph('Second line'), paragraph('Third'), paragraph('Fourth')]);
  });

  it('gives nothing for white space only', () => {
    expect(plainTextToBlocks(' \n\t\r\n')).toEqual([]);
  });
});

describe('parseStyle', () => {
  it('reads declarations as written, the last one winning, quotes and parentheses intact', () => {
    const style = parseStyle(`font-family:"Times New Roman; Bold",serif;WHITE-SPACE:pre;white-space:pre-wrap;background:url(a;b.png);font-weight:700 !important;;bogus`);
    expect(Object.fromEntries(style)).toEqual({ 'font-family': '"Times New Roman; Bold",serif', 'white-space': 'pre-wrap', background: 'url(a;b.png)', 'font-weight': '700' });
  });
});
