import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLESHEET_SHA256 } from '../export/html-document-style';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from './content-security-policy';

describe('CONTENT_SECURITY_POLICY', () => {
  it('starts from deny-all and allows scripts only from the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; /);
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
  });

  it('never allows eval or inline code', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('forbids plugins, base rewriting and form posts', () => {
    for (const directive of ['object-src', 'base-uri', 'form-action']) {
      expect(CONTENT_SECURITY_POLICY).toContain(`${directive} 'none'`);
    }
  });

  it('allows inline styles only for the exported page’s own stylesheet, which the preview frame shows', () => {
    expect(CSP_DIRECTIVES['style-src']).toEqual(["'self'", `'sha256-${DOCUMENT_STYLESHEET_SHA256}'`]);
  });
});
