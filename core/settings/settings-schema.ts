import { z } from 'zod';
import { describeZodError } from '../article/validation-messages';
import { PreExportSettingsSchema } from '../checks/pre-export-settings';
import { PersonSchema } from '../review/review-schema';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** A BCP 47 tag as Chromium's spellchecker names its dictionaries: 'en-US', 'sw', 'pt-BR', 'sr-Latn'. */
export const SpellcheckLanguageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Expected a language tag such as en-GB or sw.');

/**
 * The user's settings, stored by the host in `<stateFolder>/settings.json`. Every field has a default
 * (SETTINGS_DEFAULTS), so a missing file or a field added later costs nothing. To add a setting: add
 * the field here and its default below; updateSettings accepts it at once.
 */
export const SettingsSchema = z.object({
  /** Where the drafts library lives; null means the per-OS default (a folder in Documents). */
  draftsFolder: z.string().min(1).nullable(),
  /** Light or dark, or whatever the OS uses. */
  theme: z.enum(THEME_CHOICES),
  /** Chromium zoom level of the window: 0 is 100 %, each step ±0.5 (electron/main/windows/zoom.ts). */
  zoomLevel: z.number().min(-3).max(5),
  /** Spellchecker languages, e.g. ['en-GB', 'sw']; null follows the OS language. Ignored on macOS, where the OS spellchecker decides. */
  spellcheckLanguages: z.array(SpellcheckLanguageSchema).max(5).nullable(),
  /** Headline budgets and check severities for the pre-export checklist (core/checks/pre-export-settings.ts). */
  preExport: PreExportSettingsSchema,
  /** Who is working: comments, suggestions, status changes and hand-offs are signed with it. Null until the user says. */
  user: PersonSchema.nullable(),
  /** The first-run “Who is working?” prompt was answered (saved or skipped), so it is not shown at every start. */
  userPromptAnswered: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SETTINGS_DEFAULTS: Settings = {
  draftsFolder: null,
  theme: 'system',
  zoomLevel: 0,
  spellcheckLanguages: null,
  preExport: { severities: {}, headlineBudgets: {} },
  user: null,
  userPromptAnswered: false,
};

/**
 * What the renderer may change with updateSettings: any field but the drafts folder, which only a
 * folder picked by the user in a system dialog may set (chooseDraftsFolder), so a page cannot
 * point the app's writes at a folder of its choosing.
 */
export const SettingsPatchSchema = SettingsSchema.omit({ draftsFolder: true }).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** Reads stored settings: defaults fill fields the file lacks; unknown fields (from a newer Copydesk) are dropped. */
export function parseStoredSettings(data: unknown): { ok: true; settings: Settings } | { ok: false; problem: string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'it does not hold a settings object' };
  const parsed = SettingsSchema.safeParse({ ...SETTINGS_DEFAULTS, ...data }, { reportInput: true });
  if (parsed.success) return { ok: true, settings: parsed.data };
  // Paths read as the file's field names (“theme”, “preExport.severities”), not JSON paths.
  const problems = describeZodError(parsed.error).map(({ path, message }) => `${path.replace(/^\$\.?/, '') || 'settings'}: ${message}`);
  return { ok: false, problem: problems.join('; ') };
}
