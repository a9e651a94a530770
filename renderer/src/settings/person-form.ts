import { PersonSchema, REVIEW_LIMITS, type Person } from '../../../core/review/review-schema';
import { initialsOf } from '../../../core/review/initials';

/**
 * The name and initials as typed in the “Who is working?” prompt and in Settings. The initials
 * follow the name until the user types their own; left empty, they are the name's.
 */
export interface PersonDraft {
  name: string;
  initials: string;
  initialsTyped: boolean;
}

export type PersonProblems = Partial<Record<keyof Person, string>>;

export function personDraft(person: Person | null): PersonDraft {
  if (!person) return { name: '', initials: '', initialsTyped: false };
  return { ...person, initialsTyped: person.initials !== initialsOf(person.name) };
}

export function withName(draft: PersonDraft, name: string): PersonDraft {
  return { ...draft, name, initials: draft.initialsTyped ? draft.initials : initialsOf(name) };
}

export function withInitials(draft: PersonDraft, initials: string): PersonDraft {
  return { ...draft, initials, initialsTyped: true };
}

const PROBLEM_WORDS: Readonly<Record<keyof Person, { empty: string; long: string }>> = {
  name: { empty: 'Enter your name.', long: `A name may be at most ${REVIEW_LIMITS.personName} characters.` },
  initials: { empty: 'Enter your initials: the name has no letters to take them from.', long: `Initials may be at most ${REVIEW_LIMITS.initials} characters.` },
};

/** The person the draft names, trimmed and checked against PersonSchema, or what is wrong with each field in words. */
export function personFrom(draft: PersonDraft): { ok: true; person: Person } | { ok: false; problems: PersonProblems } {
  const name = draft.name.trim().replace(/\s+/g, ' ');
  const person = { name, initials: draft.initials.trim() || initialsOf(name) };
  const parsed = PersonSchema.safeParse(person);
  if (parsed.success) return { ok: true, person: parsed.data };
  const problems: PersonProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === 'initials' ? 'initials' : 'name';
    const kind = issue.code === 'too_big' ? 'long' : 'empty';
    // No name, so no initials from it: asking for both would say one thing twice.
    if (field === 'initials' && kind === 'empty' && !name) continue;
    problems[field] ??= PROBLEM_WORDS[field][kind];
  }
  return { ok: false, problems };
}
