/** What the settings screen shows about spelling: the languages on offer and those in use. */
export interface SpellcheckInfo {
  /** Languages this OS and Electron can check, e.g. ['en-GB', 'en-US', 'sw']; empty where the OS decides. */
  available: string[];
  /** Languages being checked now. */
  chosen: string[];
  /** macOS: the system spellchecker checks in the languages set in System Settings, not ours. */
  managedByOs: boolean;
}

const FALLBACK = 'en-US';

function findAvailable(tag: string, available: readonly string[]): string | undefined {
  const lower = tag.toLowerCase();
  return available.find((language) => language.toLowerCase() === lower);
}

/** 'en-KE' with no exact dictionary: the first dictionary of the same language ('en-GB', …). */
function closestAvailable(tag: string, available: readonly string[]): string | undefined {
  const base = tag.toLowerCase().split('-')[0];
  return findAvailable(tag, available) ?? available.find((language) => language.toLowerCase().split('-')[0] === base);
}

/**
 * The languages to hand to session.setSpellCheckerLanguages: the user's choice, minus what this
 * machine cannot check; with no choice (or none left), the OS languages' closest dictionaries, else en-US.
 */
export function spellcheckLanguagesToUse(options: { wanted: readonly string[] | null; osLanguages: readonly string[]; available: readonly string[] }): string[] {
  const { available } = options;
  const kept = (options.wanted ?? []).map((tag) => findAvailable(tag, available)).filter((tag) => tag !== undefined);
  if (kept.length) return [...new Set(kept)];
  const fromOs = options.osLanguages.map((tag) => closestAvailable(tag, available)).filter((tag) => tag !== undefined);
  if (fromOs.length) return [...new Set(fromOs)].slice(0, 3);
  return available.includes(FALLBACK) ? [FALLBACK] : available.slice(0, 1);
}

export function describeSpellcheck(options: { platform: string; available: readonly string[]; chosen: readonly string[] }): SpellcheckInfo {
  if (options.platform === 'darwin') return { available: [], chosen: [], managedByOs: true };
  return { available: [...options.available].sort(), chosen: [...options.chosen], managedByOs: false };
}
