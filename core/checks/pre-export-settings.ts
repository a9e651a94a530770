import { z } from 'zod';

/**
 * Every check the pre-export checklist runs, with its default severity. A newsroom can raise,
 * lower or turn off each one; the defaults block only what would publish a broken article.
 */
export const DEFAULT_CHECK_SEVERITIES = {
  /** No headline: nothing to publish under. */
  'headline-empty': 'blocker',
  /** No byline at all (the anatomy's published-with-an-empty-byline case). */
  'byline-missing': 'blocker',
  /** A byline whose name is empty. */
  'byline-name-empty': 'blocker',
  'headline-too-long': 'warning',
  /** A wire picture known only by reference: the export would have no lead picture. */
  'lead-image-remote': 'blocker',
  'image-alt-missing': 'warning',
  'image-caption-missing': 'warning',
  'image-credit-missing': 'warning',
  'related-link-title-missing': 'warning',
  /** A link Copydesk will not export as a link (not http, https or mailto, or not a full address). */
  'link-not-allowed': 'warning',
  /** An allowed address that looks unreachable: example.com, localhost, no real domain, spaces. */
  'link-looks-unreachable': 'warning',
  /** A link to a reporter's source document (Google Docs, Sheets, Slides, Drive, SharePoint, OneDrive, file:) that readers cannot open. */
  'link-to-private-document': 'warning',
  /** TK, XX, [CHECK], ???, lorem ipsum left in the copy. */
  'placeholder-left': 'warning',
  /** The editor's note, or a note to editors, pasted into the body. */
  'editors-note-in-body': 'warning',
  /** Comment threads still open (comments are never exported; a desk may want them resolved first). */
  'open-comments': 'warning',
  /** House-style issues still open (core/style): neither fixed nor ignored. */
  'style-issues': 'warning',
} as const satisfies Record<string, 'blocker' | 'warning'>;

export type PreExportCheckId = keyof typeof DEFAULT_CHECK_SEVERITIES;

/**
 * Checks no setting changes: pending suggestions always block, since an export would silently drop
 * them (it holds the text as if each were rejected).
 */
export const FIXED_BLOCKERS = ['pending-suggestions'] as const;
export type FixedBlockerId = (typeof FIXED_BLOCKERS)[number];
export const PRE_EXPORT_CHECK_IDS = Object.keys(DEFAULT_CHECK_SEVERITIES) as [PreExportCheckId, ...PreExportCheckId[]];

export const CheckSeveritySettingSchema = z.enum(['blocker', 'warning', 'off']);
export type CheckSeveritySetting = z.infer<typeof CheckSeveritySettingSchema>;

const CharacterBudget = z.number().int().positive().nullable().describe('Most characters allowed; null to skip this budget.');

/**
 * Headline budgets in user-perceived characters:
 * - web 70: search results show about 60–70 characters of a title before cutting it off;
 * - print 60: a typical two-line, multi-column head at a common point size; desks with other layouts change it;
 * - social 100: link cards on the main networks show roughly 80–110 characters of a title.
 */
export const DEFAULT_HEADLINE_BUDGETS = { web: 70, print: 60, social: 100 } as const;

export const PreExportSettingsSchema = z
  .object({
    severities: z.partialRecord(z.enum(PRE_EXPORT_CHECK_IDS), CheckSeveritySettingSchema).default({}),
    headlineBudgets: z
      .object({ web: CharacterBudget, print: CharacterBudget, social: CharacterBudget })
      .strict()
      .partial()
      .default({}),
  })
  .strict();

/** What a caller passes: any subset of overrides. */
export type PreExportSettingsInput = z.input<typeof PreExportSettingsSchema>;
