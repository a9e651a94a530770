import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials';

describe('initials from a name', () => {
  it('takes the first letters of the first and the last word', () => {
    expect(initialsOf('Amina Odhiambo')).toBe('AO');
    expect(initialsOf('Anna van der Berg')).toBe('AB');
    expect(initialsOf('  joseph   kamau ')).toBe('JK');
  });

  it('gives one letter for a one-word name, none for a name without letters', () => {
    expect(initialsOf('Madonna')).toBe('M');
    expect(initialsOf('李小龍')).toBe('李');
    expect(initialsOf('')).toBe('');
    expect(initialsOf('42 !')).toBe('');
  });

  it('splits at hyphens and skips what is not a letter', () => {
    expect(initialsOf('Jean-Luc Picard')).toBe('JP');
    expect(initialsOf('Mary-Jane')).toBe('MJ');
    expect(initialsOf('Dr. (Jo) Ng')).toBe('DN');
  });

  it('keeps letters whole: accents, decomposed marks, letters outside Latin', () => {
    expect(initialsOf('Lars Øvergaard')).toBe('LØ');
    expect(initialsOf('e\u0301milie zola')).toBe('ÉZ');
    expect(initialsOf('Ирина Петрова')).toBe('ИП');
  });
});
