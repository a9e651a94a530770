import { z } from 'zod';
import { ArticleSchema, ArticleStatusSchema, AssetPathSchema } from '../article/article-schema';

/**
 * The one description of every call the renderer may make to the host.
 * Runs everywhere: preload builds the bridge from it, main validates against it,
 * the renderer is typed by it, and the e2e rig routes through it.
 */

const DraftIdSchema = z.uuid();

export const DraftSummarySchema = z.object({
  id: DraftIdSchema,
  headline: z.string(),
  status: ArticleStatusSchema,
  bylines: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  wordCount: z.number().int().nonnegative(),
});
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

export const StoredImageSchema = z.object({
  file: AssetPathSchema,
  mediaType: z.string(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});
export type StoredImage = z.infer<typeof StoredImageSchema>;

function call<Args extends z.ZodType, Result extends z.ZodType>(args: Args, result: Result) {
  return { args, result };
}

const NoArgs = z.object({}).strict();

export const HOST_API = {
  getAppInfo: call(
    NoArgs,
    z.object({ version: z.string(), platform: z.string(), draftsFolder: z.string() }),
  ),
  listDrafts: call(NoArgs, z.array(DraftSummarySchema)),
  loadDraft: call(z.object({ id: DraftIdSchema }).strict(), z.object({ article: ArticleSchema })),
  saveDraft: call(z.object({ article: ArticleSchema }).strict(), z.object({ savedAt: z.string() })),
  /** Asks the user for a draft file anywhere on disk and brings it into the library. Null when cancelled. */
  openDraftFile: call(NoArgs, z.object({ article: ArticleSchema }).nullable()),
  /** The draft that was open when the app last closed, to reopen on start. */
  getLastSession: call(NoArgs, z.object({ draftId: DraftIdSchema.nullable() })),
  /** Asks the user for an image and copies it into the draft's own storage. Null when cancelled. */
  pickLeadImage: call(z.object({ draftId: DraftIdSchema }).strict(), StoredImageSchema.nullable()),
  /** Opens an http, https or mailto link in the system browser or mail client. */
  openExternal: call(z.object({ url: z.string().max(8192) }).strict(), z.object({ opened: z.boolean() })),
} as const;

export type HostApiContract = typeof HOST_API;
export type HostCallName = keyof HostApiContract;
export type HostCallArgs<Name extends HostCallName> = z.input<HostApiContract[Name]['args']>;
export type HostCallResult<Name extends HostCallName> = z.output<HostApiContract[Name]['result']>;

/** The typed API the renderer sees as `window.copydesk`. */
export type HostApi = {
  [Name in HostCallName]: (args: HostCallArgs<Name>) => Promise<HostCallResult<Name>>;
};

export const HOST_API_GLOBAL = 'copydesk';

export function channelFor(name: HostCallName): string {
  return `copydesk:${name}`;
}

/** What crosses the transport: errors travel as data so their code and message survive IPC. */
export const HOST_ERROR_CODES = ['invalid-arguments', 'untrusted-sender', 'unknown-call', 'not-found', 'bad-file', 'io', 'internal'] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

export type HostReply<Value> =
  | { ok: true; value: Value }
  | { ok: false; error: { code: HostErrorCode; message: string } };

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
