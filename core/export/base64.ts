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
