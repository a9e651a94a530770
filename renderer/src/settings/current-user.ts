import { create } from 'zustand';
import type { Person } from '../../../core/review/review-schema';

/**
 * Who is working, as stored in the settings (user-settings.ts reads and stores it), and the
 * “Who is working?” prompt: shown at the first start, and again by the first action that needs a
 * name while nobody has given one. Kept apart from the host so the stores that sign edits stay plain.
 */

/** Why the prompt is open: the first start (Skip), or an action waiting for a name (Cancel cancels it). */
export type UserPromptReason = 'first-run' | 'needed';

interface CurrentUserState {
  user: Person | null;
  prompt: UserPromptReason | null;
}

export const useCurrentUserStore = create<CurrentUserState>()(() => ({ user: null, prompt: null }));

/** The actions waiting for the prompt's answer; all get the same one. */
let waiting: Array<(person: Person | null) => void> = [];

/** Settles once the stored user has been read, so an action made before that does not ask for a name already stored. */
let markRead: () => void = () => undefined;
const userRead = new Promise<void>((resolve) => {
  markRead = resolve;
});

/** The person edits are attributed to now, or null while nobody has said who they are. */
export function useCurrentUser(): Person | null {
  return useCurrentUserStore((state) => state.user);
}

/** The person working now, if known, at once: field edits while suggesting need it on the keystroke. */
export function knownUser(): Person | null {
  return useCurrentUserStore.getState().user;
}

/** Who is doing an action that signs its name; asks first when nobody is known yet; null if the user declines. */
export async function requireUser(): Promise<Person | null> {
  await userRead;
  const { user, prompt } = useCurrentUserStore.getState();
  if (user) return user;
  if (!prompt) useCurrentUserStore.setState({ prompt: 'needed' });
  return new Promise((resolve) => waiting.push(resolve));
}

/** The stored user, as read at the start (null if it could not be) or as changed in Settings. */
export function setKnownUser(user: Person | null): void {
  useCurrentUserStore.setState({ user });
  markRead();
}

/** The first start: asks who is working, unless someone is known or the prompt is already open. */
export function askWhoIsWorking(): void {
  useCurrentUserStore.setState((state) => (state.user || state.prompt ? state : { prompt: 'first-run' }));
}

/** The prompt closes: with the person saved, or null when skipped or cancelled (waiting actions are then cancelled). */
export function closeUserPrompt(saved: Person | null): void {
  useCurrentUserStore.setState((state) => ({ prompt: null, user: saved ?? state.user }));
  const answered = waiting;
  waiting = [];
  for (const resolve of answered) resolve(saved);
}
