import { describe, expect, it } from 'vitest';
import { ALLOWED_URL_SCHEMES, checkUrl, isAllowedUrl } from './url-allowlist';

describe('checkUrl', () => {
  it('quotes only a short excerpt of a huge address it refuses', () => {
    for (const input of [`see ${'x'.repeat(10_000_000)}`, `https://${'x'.repeat(10_000_000)}`]) {
      const checked = checkUrl(input);
      expect(checked.ok).toBe(false);
      expect(checked.ok ? '' : checked.reason.length).toBeLessThan(200);
    }
  });

  it.each([
    ['https://www.iebc.or.ke/news/', 'https://www.iebc.or.ke/news/'],
    ['  http://nation.africa  ', 'http://nation.africa/'],
    ['HTTPS://WWW.Ledger.CO.KE/Politics', 'https://www.ledger.co.ke/Politics'],
    ['https://ar.wikipedia.org/wiki/عمّان', 'https://ar.wikipedia.org/wiki/%D8%B9%D9%85%D9%91%D8%A7%D9%86'],
    ['https://münchen.de/', 'https://xn--mnchen-3ya.de/'],
    ['http://localhost:5173/preview', 'http://localhost:5173/preview'],
    ['mailto:politics@nairobiledger.co.ke', 'mailto:politics@nairobiledger.co.ke'],
    ['mailto:desk@ledger.co.ke?subject=Tip', 'mailto:desk@ledger.co.ke?subject=Tip'],
  ])('allows %s', (input, url) => {
    expect(checkUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['javascript:alert(1)', /not “javascript”/],
    [' JavaScript:alert(document.cookie)', /not “javascript”/],
    ['data:text/html,<script>alert(1)</script>', /not “data”/],
    ['file:///etc/passwd', /not “file”/],
    ['copydesk://open/draft', /not “copydesk”/],
    ['ftp://files.ledger.co.ke/a', /not “ftp”/],
    ['vbscript:msgbox', /not “vbscript”/],
    ['www.ledger.co.ke', /not a full web address/],
    ['/politics/story', /not a full web address/],
    ['https://ledger', /does not look like a web address/],
    ['mailto:', /no address/],
    ['', /empty/],
    ['   ', /empty/],
  ])('refuses %s with a reason', (input, reason) => {
    const checked = checkUrl(input);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.reason).toMatch(reason);
    expect(isAllowedUrl(input)).toBe(false);
  });

  it('allows only http, https and mailto', () => {
    expect(ALLOWED_URL_SCHEMES).toEqual(['http:', 'https:', 'mailto:']);
  });
});
