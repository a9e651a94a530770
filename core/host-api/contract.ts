import { z } from 'zod';
import { ArticleSchema, ArticleStatusSchema, AssetPathSchema } from '../article/article-schema';
import { VersionIdSchema, VersionListEntrySchema, VersionMetaSchema } from '../versions/version-file';
import { SettingsPatchSchema, SettingsSchema } from '../settings/settings-schema';

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
  /** The draft's history, newest first, metadata only. Unreadable snapshots are listed with their problem. */
  listVersions: call(z.object({ draftId: DraftIdSchema }).strict(), z.array(VersionListEntrySchema)),
  /** "Save version…": snapshots the draft as last saved, with a label ('' for none). Save pending text first. */
  saveVersion: call(z.object({ draftId: DraftIdSchema, label: z.string().max(200) }).strict(), VersionMetaSchema),
  /** One version, for a read-only preview. */
  loadVersion: call(
    z.object({ draftId: DraftIdSchema, versionId: VersionIdSchema }).strict(),
    z.object({ meta: VersionMetaSchema, article: ArticleSchema }),
  ),
  /** Snapshots `current` (the editor's text) so the restore can be undone, then saves the version as the draft and returns it. */
  restoreVersion: call(
    z.object({ draftId: DraftIdSchema, versionId: VersionIdSchema, current: ArticleSchema }).strict(),
    z.object({ article: ArticleSchema, undoVersionId: VersionIdSchema }),
  ),
  /** "Save a copy as…": asks where, then writes the draft as last saved, with its images, as one .copydesk file. Null when cancelled. */
  saveCopyAs: call(z.object({ draftId: DraftIdSchema }).strict(), z.object({ file: z.string() }).nullable()),
  /** Asks for a .copydesk file and brings it into the library as a draft of its own. Null when cancelled. */
  importPortableDraft: call(NoArgs, z.object({ article: ArticleSchema }).nullable()),
  /** The settings, and a notice to show once when the settings file was unreadable and reset (null otherwise). */
  getSettings: call(NoArgs, z.object({ settings: SettingsSchema, notice: z.string().nullable() })),
  /** Changes any settings but the drafts folder; returns them all. */
  updateSettings: call(SettingsPatchSchema, z.object({ settings: SettingsSchema })),
  /**
   * Asks the user for a folder and keeps the library there from now on: drafts already in it are
   * listed, nothing is moved; the renderer then saves the open draft into it. Null when cancelled.
   */
  chooseDraftsFolder: call(NoArgs, z.object({ draftsFolder: z.string() }).nullable()),
  /** Goes back to the default drafts folder (in Documents). */
  useDefaultDraftsFolder: call(NoArgs, z.object({ draftsFolder: z.string() })),
} as const;

export type HostApiContract = typeof HOST_API;
export type HostCallName = keyof HostApiContract;
export type HostCallArgs<Name extends HostCallName> = z.input<HostApiContract[Name]['args']>;
export type HostCallResult<Name extends HostCallName> = z.output<HostApiContract[Name]['result']>;

/**
 * Everything the host tells the renderer without being asked. Payloads are validated by the sender
 * (main) before they cross, so the renderer can trust their shape.
 */
export const HOST_EVENTS = {
  /** The draft's file changed on disk, written by something other than this app. */
  draftChangedOnDisk: z.object({ draftId: DraftIdSchema }),
  /** The window is closing, the app quitting or the OS shutting down: save now, then call flushDone. */
  flushRequested: z.object({ reason: z.enum(['close', 'quit', 'shutdown']) }),
  /** The OS asked to open a draft (file manager, command line, second instance). */
  openDraftRequested: z.object({ draftId: DraftIdSchema }),
  /** A menu item or accelerator handled by the renderer. */
  menuCommand: z.object({ command: z.string().min(1).max(64) }),
} as const;

export type HostEventName = keyof typeof HOST_EVENTS;
export type HostEventPayload<Name extends HostEventName> = z.output<(typeof HOST_EVENTS)[Name]>;
export type HostEventListener<Name extends HostEventName> = (payload: HostEventPayload<Name>) => void;

/** The typed API the renderer works with: calls resolve to their value or reject with a HostError. */
export type HostApi = {
  [Name in HostCallName]: (args: HostCallArgs<Name>) => Promise<HostCallResult<Name>>;
} & {
  subscribe<Name extends HostEventName>(name: Name, listener: HostEventListener<Name>): () => void;
};

/**
 * What preload puts on the page as `window.copydesk`. Calls resolve to a HostReply instead of
 * throwing, because contextBridge rebuilds thrown errors from their message alone and the
 * error code would be lost; the renderer unwraps them with createHostClient.
 */
export type ExposedHostApi = {
  [Name in HostCallName]: (args: HostCallArgs<Name>) => Promise<HostReply<HostCallResult<Name>>>;
} & {
  subscribe<Name extends HostEventName>(name: Name, listener: HostEventListener<Name>): () => void;
};

export const HOST_API_GLOBAL = 'copydesk';

export function channelFor(name: HostCallName): string {
  return `copydesk:${name}`;
}

export function eventChannelFor(name: HostEventName): string {
  return `copydesk-event:${name}`;
}

/** What crosses the transport: errors travel as data so their code and message survive IPC. */
export const HOST_ERROR_CODES = [
  'invalid-arguments',
  'untrusted-sender',
  'unknown-call',
  'not-found',
  'bad-file',
  'io',
  'internal',
  /** The drafts folder the user chose is gone (unplugged drive, deleted): choose another or reconnect it. */
  'drafts-folder-missing',
  /** A save failed because the disk is full / read-only / refused permission; the text is kept and retried. */
  'disk-full',
  'read-only',
  'permission-denied',
  /** The draft changed on disk since this app last read or wrote it: resolve with resolveDiskConflict first. */
  'conflict',
] as const;
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
