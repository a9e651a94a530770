import type { Person } from '../../../core/review/review-schema';
import { host } from '../host';
import { setKnownUser } from './current-user';

/** Reads who is working at the start; true when the first-run prompt is due (it was never answered). */
export async function loadCurrentUser(): Promise<boolean> {
  try {
    const { settings, notice } = await host.getSettings({});
    setKnownUser(settings.user);
    // A settings file just reset has its notice on screen: the name is asked when first needed, not on top of it.
    return !settings.user && !settings.userPromptAnswered && notice === null;
  } catch {
    // Nobody known: the first action that needs a name asks; the Settings dialog says why settings cannot be read.
    setKnownUser(null);
    return false;
  }
}

/** Stores who is working (the prompt is then answered for good); the stored person, or throws with the host's reason. */
export async function storeUser(user: Person): Promise<Person> {
  const { settings } = await host.updateSettings({ user, userPromptAnswered: true });
  setKnownUser(settings.user);
  return user;
}

/** The first-run prompt was skipped: not shown at the next start. If this cannot be stored, it is asked once more then. */
export function storePromptSkipped(): void {
  host.updateSettings({ userPromptAnswered: true }).catch(() => undefined);
}
