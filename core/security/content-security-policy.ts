import { DOCUMENT_STYLESHEET_SHA256 } from '../export/html-document-style';

/**
 * The one Content-Security-Policy of the renderer. The host sends it as a response header and the
 * renderer build writes it into index.html's meta tag, so both always agree.
 *
 * No 'unsafe-inline' for styles: Lexical and React set element styles through the CSSOM
 * (style.setProperty), which CSP does not restrict. No 'unsafe-eval' anywhere.
 * Only directives valid in a <meta> tag belong here (no frame-ancestors, report-uri or sandbox).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // The export preview (a srcdoc frame) inherits this policy, so the exported page's one stylesheet is allowed by its hash.
  'style-src': ["'self'", `'sha256-${DOCUMENT_STYLESHEET_SHA256}'`],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // The export preview is a sandboxed srcdoc iframe, which frame-src does not govern.
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
