const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648, padded). core/ has neither Buffer nor btoa in its portable set. */
export function base64Encode(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out.push(
      ALPHABET[(triple >> 18) & 63] ?? '',
      ALPHABET[(triple >> 12) & 63] ?? '',
      i + 1 < bytes.length ? (ALPHABET[(triple >> 6) & 63] ?? '') : '=',
      i + 2 < bytes.length ? (ALPHABET[triple & 63] ?? '') : '=',
    );
  }
  return out.join('');
}

const DECODE = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Decodes standard or URL-safe base64, ignoring white space and padding; null when other characters appear. */
export function base64Decode(text: string): Uint8Array | null {
  const clean = text.replace(/[\s=]+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (clean.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of clean) {
    const value = DECODE.get(char);
    if (value === undefined) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index] = (buffer >> bits) & 0xff;
      index += 1;
    }
  }
  return bytes;
}
