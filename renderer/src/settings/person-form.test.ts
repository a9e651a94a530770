import { describe, expect, it } from 'vitest';
import { personDraft, personFrom, withInitials, withName } from './person-form';

describe('the name and initials form', () => {
  it('derives the initials from the name until the user types their own', () => {
    let draft = withName(personDraft(null), 'Amina');
    draft = withName(draft, 'Amina Odhiambo');
    expect(draft.initials).toBe('AO');
    draft = withInitials(draft, 'AMO');
    draft = withName(draft, 'Amina W. Odhiambo');
    expect(draft.initials).toBe('AMO');
  });

  it('treats stored initials that differ from the name’s as typed', () => {
    expect(personDraft({ name: 'Amina Odhiambo', initials: 'AO' }).initialsTyped).toBe(false);
    expect(withName(personDraft({ name: 'Amina Odhiambo', initials: 'AMO' }), 'Amina Odhiambo-Kamau').initials).toBe('AMO');
  });

  it('gives the person trimmed, with the name’s initials when the initials are left empty', () => {
    const draft = withInitials(withName(personDraft(null), '  Lars   Øvergaard '), ' ');
    expect(personFrom(draft)).toEqual({ ok: true, person: { name: 'Lars Øvergaard', initials: 'LØ' } });
  });

  it('says in words what is wrong with each field', () => {
    expect(personFrom(personDraft(null))).toEqual({ ok: false, problems: { name: 'Enter your name.' } });
    expect(personFrom(withName(personDraft(null), '42'))).toEqual({ ok: false, problems: { initials: expect.stringContaining('no letters') } });
    expect(personFrom(withInitials(withName(personDraft(null), 'x'.repeat(201)), 'ABCDEFGHI'))).toEqual({
      ok: false,
      problems: { name: 'A name may be at most 200 characters.', initials: 'Initials may be at most 8 characters.' },
    });
  });
});
