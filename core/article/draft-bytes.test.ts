import { describe, expect, it } from 'vitest';
import { checkDraftSize, firstInvalidUtf8Byte, MAX_DRAFT_BYTES, utf8ByteLength } from './draft-bytes';

describe('the size of a draft file', () => {
  it('counts UTF-8 bytes without encoding, as TextEncoder does', () => {
    for (const text of ['', 'plain', 'Färjan till Åland', 'ውሃው ቀነሰ', 'emoji 😀 and 𝄞', 'lone \ud800 surrogate']) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('allows the limit and refuses one byte more, naming the source and the outcome', () => {
    expect(() => checkDraftSize(MAX_DRAFT_BYTES, 'a.json', 'it was not saved.')).not.toThrow();
    expect(() => checkDraftSize(MAX_DRAFT_BYTES + 1, 'a.json', 'it was not saved.')).toThrow('a.json: is 50.0 MB, more than the 50 MB a draft may be; it was not saved.');
  });
});

describe('finding the first invalid UTF-8 byte', () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0xe2, 0x80, 0x94, 0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x61, 0xff], 1],
    [[0xc0, 0xaf], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0x61, 0xe2, 0x80], 1], // cut short
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
  ])('%j → %i', (bytes, expected) => {
    expect(firstInvalidUtf8Byte(new Uint8Array(bytes))).toBe(expected);
  });
});
