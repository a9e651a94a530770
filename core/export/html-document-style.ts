/**
 * The stylesheet embedded in exported HTML documents: readable on screen and in print, right-to-left
 * aware through logical properties. Its hash goes into the document's Content-Security-Policy, so the
 * page allows exactly this style and nothing else (html-document-style.test.ts recomputes the hash).
 */
export const DOCUMENT_STYLESHEET = [
  'body{margin:0;padding:2rem 1rem;font:1.125rem/1.6 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff}',
  'article{max-width:40rem;margin:0 auto}',
  'header{margin-block-end:1.5rem}',
  'h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}',
  'h1{font-size:2.1rem;margin:.25rem 0 .75rem}',
  '.kicker{margin:0;font:600 .85rem/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:#a4161a}',
  '.standfirst{font-size:1.25rem;color:#333;margin:0 0 1rem}',
  '.bylines,.dateline{margin:0;font:.95rem/1.5 system-ui,sans-serif;color:#444}',
  '.byline-role{color:#666}',
  'figure{margin:1.5rem 0}',
  'img{max-width:100%;height:auto;display:block}',
  'figcaption{font:.9rem/1.4 system-ui,sans-serif;color:#444;margin-block-start:.4rem}',
  'figcaption small{color:#666;font-size:.85em}',
  'blockquote{margin:1.5rem 0;padding-inline-start:1rem;border-inline-start:4px solid #ccc;font-style:italic}',
  'hr{border:0;border-block-start:1px solid #ccc;margin:2rem 0}',
  'a{color:#0b5394}',
  '.related{margin-block-start:2.5rem;padding-block-start:1rem;border-block-start:2px solid #1a1a1a;font-family:system-ui,sans-serif}',
  '.related h2{font-size:1.1rem}',
].join('\n');

/** base64 SHA-256 of DOCUMENT_STYLESHEET, for the CSP's style-src. */
export const DOCUMENT_STYLESHEET_SHA256 = 'pb4xRUQYGOkJtrMGo0ArhrH+E8LL6zKxfc0NLCoyxos=';
