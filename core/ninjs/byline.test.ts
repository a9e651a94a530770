import { describe, expect, it } from 'vitest';
import { parseByline } from './byline';

describe('parseByline', () => {
  it.each([
    ['Von Christian Hollmann, dpa', 'de', ['Christian Hollmann'], ['dpa']],
    ['By JOHN DOE, Associated Press', 'en', ['JOHN DOE'], ['Associated Press']],
    ['Jane Doe (AP)', 'en', ['Jane Doe'], ['AP']],
    ['Von Ursula Maier, dpa/lby', 'de', ['Ursula Maier'], ['dpa/lby']],
    ['Von Jürgen Maißner und Özlem Groß', 'de', ['Jürgen Maißner', 'Özlem Groß'], []],
    ['Anna Berg, Lars Holm og NTB', 'nb', ['Anna Berg', 'Lars Holm'], ['NTB']],
    ['dpa', 'de', [], ['dpa']],
    ['Von Maria von der Leyen und Reuters', 'de', ['Maria von der Leyen'], ['Reuters']],
  ])('%s → people %j, agencies %j', (by, language, names, agencies) => {
    expect(parseByline(by, language)).toEqual({ names, agencies });
  });

  it('knows the agencies the item itself names, even with a person-like shape', () => {
    expect(parseByline('Von Karl Heinz, Nordwest Nachrichten', 'de', ['Nordwest Nachrichten'])).toEqual({ names: ['Karl Heinz'], agencies: ['Nordwest Nachrichten'] });
  });

  it('names each agency once', () => {
    expect(parseByline('Anna Berg (dpa) und Lars Holm (dpa)', 'de')).toEqual({ names: ['Anna Berg', 'Lars Holm'], agencies: ['dpa'] });
  });
});
