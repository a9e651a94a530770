/** The one place exported text is made safe for HTML. */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&#39;' };

/**
 * Control characters other than tab, newline and carriage return are not allowed in HTML
 * (nor are lone surrogates' neighbours U+FFFE/U+FFFF), so they are dropped rather than exported.
 */
// eslint-disable-next-line no-control-regex
const NOT_ALLOWED_IN_HTML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** Escapes text content. Quotes are left as typed, so copy survives byte for byte. */
export function escapeHtmlText(text: string): string {
  return text.replace(NOT_ALLOWED_IN_HTML, '').replace(/[&<>]/g, (char) => TEXT_ESCAPES[char] ?? char);
}

/** Escapes a value for a double- or single-quoted attribute. */
export function escapeHtmlAttribute(value: string): string {
  return value.replace(NOT_ALLOWED_IN_HTML, '').replace(/[&<>"']/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}
