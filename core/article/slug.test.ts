import { describe, expect, it } from 'vitest';
import { normalizeSlug, slugFromHeadline } from './slug';

describe('slugFromHeadline', () => {
  it.each([
    ['Omanga on bipartisan talks: Azimio is only interested in IEBC servers', 'omanga-on-bipartisan-talks-azimio-is-only-interested-in-iebc-servers'],
    ['Café owners in Mombasa say “enough”', 'cafe-owners-in-mombasa-say-enough'],
    ['Ng’ang’a’s committee won’t meet', 'ngangas-committee-wont-meet'],
    ["Kenya's rains: what's next?", 'kenyas-rains-whats-next'],
    ['Stadtrat beschließt Straßenbahn nach Süßen', 'stadtrat-beschliesst-strassenbahn-nach-sussen'],
    ['Søren Ødegård åpner værstasjon på Årøy', 'soren-odegard-apner-vaerstasjon-pa-aroy'],
    ['Łódź mayor visits Kraków', 'lodz-mayor-visits-krakow'],
    ['  2027 polls — 10 things to know…  ', '2027-polls-10-things-to-know'],
    ['مجلس مدينة عمّان يقرّ خطة Amman Bus', 'amman-bus'],
    ['東京都、路面電車の延伸計画を発表', ''],
  ])('%s → %s', (headline, slug) => {
    expect(slugFromHeadline(headline)).toBe(slug);
  });

  it('stops at a word boundary within 80 characters', () => {
    const headline = 'County assembly members walk out again as the long-running dispute over the roads budget and the missing water tender drags on';
    const slug = slugFromHeadline(headline);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(headline.toLowerCase().replace(/[^a-z0-9]+/g, '-')).toContain(slug);
    expect(slugFromHeadline(`${headline} extra`)).toBe(slug);
  });

  it('cuts a single word longer than the limit', () => {
    expect(slugFromHeadline('a'.repeat(120))).toBe('a'.repeat(80));
  });

  it('always yields only lower-case letters, digits and hyphens', () => {
    for (const headline of ['<script>alert(1)</script>', '../../etc/passwd', 'Ünïcödé   ---   spaces', '😀 emoji 🇰🇪 only']) {
      expect(slugFromHeadline(headline)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$|^$/);
    }
  });
});

describe('normalizeSlug', () => {
  it('cleans a hand-typed slug without reordering its words', () => {
    expect(normalizeSlug('Talks--Collapse_Again ')).toBe('talks-collapse-again');
    expect(normalizeSlug('-leading-and-trailing-')).toBe('leading-and-trailing');
  });
});
