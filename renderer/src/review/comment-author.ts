import { create } from 'zustand';
import type { Person } from '../../../core/review/review-schema';

// PLACEHOLDER until helper "commands" lands requireUser() and the user in settings: the one place
// comments learn who is working.
const useUser = create<{ user: Person | null }>()(() => ({ user: { name: 'Copydesk user', initials: 'CU' } }));

/** The person comments are attributed to now, or null while nobody has said who they are. */
export function useCurrentUser(): Person | null {
  return useUser((state) => state.user);
}

/** The person working now, if known: field edits while suggesting need it at once, on the keystroke. */
export function knownUser(): Person | null {
  return useUser.getState().user;
}

/** Who is commenting; asks for the name first when it is not known yet; null if the reporter declines. */
export async function commentAuthor(): Promise<Person | null> {
  return useUser.getState().user;
}
