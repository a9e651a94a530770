import { z } from 'zod';
import { ArticleStatusSchema } from '../article/article-schema';
import { VersionIdSchema } from './version-id';

/** Why a snapshot was taken; shown in the history panel next to the label. */
export const VERSION_REASONS = [
  'idle',
  'status-change',
  'export',
  'manual',
  'before-restore',
  'external-change',
  'conflict',
  /** A hand-off point: the text as sent for review or returned to the reporter (review.handoffs names it). */
  'handoff',
  /** My text, kept just before an incoming copy's compare result replaced it. */
  'before-merge',
  /** The incoming copy as it arrived, kept when its compare result was kept. */
  'incoming',
] as const;
export const VersionReasonSchema = z.enum(VERSION_REASONS);
export type VersionReason = z.infer<typeof VersionReasonSchema>;

// The review's hand-off points name versions too, so the id rule lives where the article schema can import it.
export { VersionIdSchema } from './version-id';

export const VersionMetaSchema = z
  .object({
    id: VersionIdSchema,
    createdAt: z.iso.datetime({ offset: true }),
    label: z.string().max(200).nullable(),
    reason: VersionReasonSchema,
    wordCount: z.number().int().nonnegative(),
    status: ArticleStatusSchema,
    headline: z.string(),
  })
  .strict();
export type VersionMeta = z.infer<typeof VersionMetaSchema>;

/** The envelope of one snapshot file. The article is validated (and migrated) separately when a version is loaded. */
export const VersionFileSchema = z.object({ meta: VersionMetaSchema, article: z.unknown() }).strict();

export function versionIdFor(createdAt: Date, randomSuffix: string): string {
  const basic = createdAt.toISOString().replace(/[-:.]/g, '');
  return `${basic}-${randomSuffix}`;
}

/** The creation time encoded in a version id, so unreadable snapshot files can still be placed in the history. */
export function createdAtFromVersionId(id: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-/.exec(id);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, millis] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/**
 * A snapshot file's text: the metadata alone on the first line, so listing reads only that line
 * (electron/main/versions/version-store.ts), then the article.
 */
export const VERSION_FILE_META_START = '{"meta":';
export function serializeVersionFile(meta: VersionMeta, article: unknown): string {
  return `${VERSION_FILE_META_START}${JSON.stringify(meta)},\n"article":${JSON.stringify(article)}}\n`;
}

/** One row of the history panel. A snapshot file that cannot be read is listed as such, never hidden. */
export const VersionListEntrySchema = z.discriminatedUnion('readable', [
  VersionMetaSchema.extend({ readable: z.literal(true) }),
  z.object({ readable: z.literal(false), id: z.string(), createdAt: z.string().nullable(), problem: z.string() }).strict(),
]);
export type VersionListEntry = z.infer<typeof VersionListEntrySchema>;
