/**
 * Reads a `style` attribute's text as written. Pasted markup is never given to the browser's CSS
 * parser: under the page's strict CSP it drops inline style values (and logs a violation for each),
 * which is exactly how Google Docs' formatting used to get lost.
 */
export type StyleDeclarations = ReadonlyMap<string, string>;

/** Property → value, names in lower case, `!important` dropped; a later declaration wins, as in CSS. */
export function parseStyle(text: string | undefined): StyleDeclarations {
  const declarations = new Map<string, string>();
  if (!text) return declarations;
  for (const part of splitDeclarations(text)) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important\s*$/i, '')
      .trim();
    if (property && value) declarations.set(property, value);
  }
  return declarations;
}

/** Splits at semicolons outside quotes and parentheses (font-family lists, url(…)). */
function splitDeclarations(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | null = null;
  let depth = 0;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '(') {
      depth += 1;
    } else if (char === ')') {
      depth = Math.max(0, depth - 1);
    } else if (char === ';' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}

/** True for bold, bolder and numeric weights from 600; false for normal, lighter and lower numbers; undefined when unset. */
export function isBoldWeight(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const weight = value.trim().toLowerCase();
  if (weight === 'bold' || weight === 'bolder') return true;
  if (weight === 'normal' || weight === 'lighter') return false;
  const number = Number.parseFloat(weight);
  return Number.isFinite(number) ? number >= 600 : undefined;
}

/** The decoration lines a `text-decoration` (or `text-decoration-line`) value names. */
export function decorationLines(declarations: StyleDeclarations): { underline: boolean; lineThrough: boolean } | undefined {
  const value = declarations.get('text-decoration-line') ?? declarations.get('text-decoration');
  if (value === undefined) return undefined;
  const words = value.toLowerCase().split(/\s+/);
  return { underline: words.includes('underline'), lineThrough: words.includes('line-through') };
}
