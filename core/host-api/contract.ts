import { z } from 'zod';
import { ArticleSchema, ArticleStatusSchema, AssetPathSchema } from '../article/article-schema';
import { VersionIdSchema, VersionListEntrySchema, VersionMetaSchema } from '../versions/version-file';
import { SettingsPatchSchema, SettingsSchema } from '../settings/settings-schema';
import { HANDOFF_DIRECTIONS, HandoffSchema, PersonSchema } from '../review/review-schema';
import { PAGE_COMMAND_IDS, type PageCommandId } from '../commands/command-table';
import { HANDOFF_MESSAGE_LIMIT } from '../review/round-trip';
import { HouseStyleSchema } from '../style/style-file';
import { RECOVERY_LIMIT } from '../article/draft-bytes';

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

/** One row of the library: a readable draft, or a draft folder whose file cannot be read (listed, never hidden). */
export const LibraryEntrySchema = z.discriminatedUnion('kind', [
  DraftSummarySchema.extend({ kind: z.literal('draft') }),
  z.object({ kind: z.literal('unreadable'), id: DraftIdSchema, file: z.string(), problem: z.string(), modifiedAt: z.string() }),
]);
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

/** A deleted draft waiting in the in-app trash. */
export const TrashEntrySchema = z.object({
  trashId: z.string().regex(/^[0-9a-f-]{36}-\d{8}T\d{9}Z$/),
  draftId: DraftIdSchema,
  deletedAt: z.string(),
  /** Null when the trashed draft's file cannot be read. */
  headline: z.string().nullable(),
});

/** Enough of a draft to tell two copies apart in a prompt (crash recovery, changed on disk). */
export const ArticlePreviewSchema = z.object({
  headline: z.string(),
  status: ArticleStatusSchema,
  wordCount: z.number().int().nonnegative(),
  updatedAt: z.string(),
  /** The start of the body as plain text, at most 300 characters. */
  excerpt: z.string(),
});

/** The truthful state of a draft's last save, for the status bar; `message` is the sentence to show when it failed. */
export const SaveStatusSchema = z.discriminatedUnion('state', [
  z.object({ draftId: DraftIdSchema, state: z.literal('saved'), savedAt: z.string() }),
  z.object({ draftId: DraftIdSchema, state: z.literal('failed'), message: z.string(), retryInMs: z.number().int().nonnegative(), lastSavedAt: z.string().nullable() }),
]);
export type SaveStatus = z.infer<typeof SaveStatusSchema>;

const RecoveryChoiceSchema = z.enum(['recovered', 'disk']);

/**
 * Opening another copy of a draft in the library that shares a hand-off with it: `theirs` to compare
 * with `mine` (as it is in the library) against `base`, the text of `handoff`, the last both hold.
 * Nothing is written until keepIncomingCopy.
 */
export const IncomingCompareSchema = z.object({ mine: ArticleSchema, theirs: ArticleSchema, base: ArticleSchema, handoff: HandoffSchema });
export type IncomingCompareOffer = z.infer<typeof IncomingCompareSchema>;

export const StoredImageSchema = z.object({
  file: AssetPathSchema,
  mediaType: z.string(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});
export type StoredImage = z.infer<typeof StoredImageSchema>;

/** The largest image the host stores, picked, dropped or pasted. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

const ImageBytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'must be the image’s bytes (a Uint8Array)' })
  .refine((bytes) => bytes.byteLength <= MAX_IMAGE_BYTES, { message: 'must be at most 50 MB' })
  .describe('The image file’s bytes.');

/**
 * The most JSON text an article argument may carry: what the host could keep at all (a recovery copy,
 * which may hold text a save refused as too large). Only stops a runaway string from being parsed whole.
 */
export const MAX_ARTICLE_JSON_CHARACTERS = RECOVERY_LIMIT.bytes;

/**
 * An article sent as the JSON text of it (`JSON.stringify(article)`), for the calls made while typing
 * (saveDraft, writeRecovery): one string crosses IPC, or the e2e rig's binding, far faster than the
 * object graph of a long article, which is copied and serialized value by value. The host parses it
 * and checks it with ArticleSchema exactly as strictly as an object, problems named by their path
 * under the argument (`$.article.bylines[0].role`).
 */
export const ArticleJsonSchema = z
  .string()
  .max(MAX_ARTICLE_JSON_CHARACTERS)
  .transform((text, context): unknown => {
    try {
      return JSON.parse(text);
    } catch (error) {
      context.issues.push({ code: 'custom', input: text, message: `is not valid JSON text of an article (${error instanceof Error ? error.message : String(error)})` });
      return z.NEVER;
    }
  })
  .pipe(ArticleSchema);

function call<Args extends z.ZodType, Result extends z.ZodType>(args: Args, result: Result) {
  return { args, result };
}

const NoArgs = z.object({}).strict();

export const HouseStyleStateSchema = z.object({ style: HouseStyleSchema, custom: z.boolean(), notice: z.string().nullable() });
export type HouseStyleState = z.infer<typeof HouseStyleStateSchema>;

/** What File ▸ Export writes (electron/main/export/export-draft.ts). */
export const EXPORT_FORMATS = ['html', 'json', 'ninjs', 'markdown', 'text'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Where an HTML export's images go: inside the file as data: URIs, or into an assets folder beside it. */
export const EXPORT_IMAGE_HANDLING = ['embed', 'assets'] as const;
export type ExportImageHandling = (typeof EXPORT_IMAGE_HANDLING)[number];

/** Far above a 10,000-word body as HTML (~1 MB); a bigger clipboard write is refused. */
const CLIPBOARD_MAX_CHARACTERS = 20_000_000;

export const HOST_API = {
  getAppInfo: call(
    NoArgs,
    z.object({ version: z.string(), platform: z.string(), draftsFolder: z.string() }),
  ),
  listDrafts: call(NoArgs, z.array(DraftSummarySchema)),
  /** `warnings` (present only when there are some): problems that did not stop the load, e.g. a missing image. */
  loadDraft: call(z.object({ id: DraftIdSchema }).strict(), z.object({ article: ArticleSchema, warnings: z.array(z.string()).optional() })),
  /**
   * Saves the draft (`article` as JSON text: ArticleJsonSchema; queued: one writer per file, newest wins, retried on failure). `revision` is the
   * editor's change counter; passing it lets the host drop the recovery copy once the save has caught up.
   * Errors: 'disk-full' | 'read-only' | 'permission-denied' | 'drafts-folder-missing' | 'io' (message in
   * words; the text stays queued and is retried, see saveStatusChanged), 'conflict' (changed on disk).
   */
  saveDraft: call(z.object({ article: ArticleJsonSchema, revision: z.number().int().nonnegative().optional() }).strict(), z.object({ savedAt: z.string() })),
  /** The last save outcome of a draft in this run, or null if nothing was saved yet. */
  getSaveStatus: call(z.object({ draftId: DraftIdSchema }).strict(), SaveStatusSchema.nullable()),
  /** Keeps the editor's unsaved text (`article` as JSON text, as for saveDraft) as a crash-recovery copy. Call at most every ~1.5 s while typing. */
  writeRecovery: call(z.object({ draftId: DraftIdSchema, article: ArticleJsonSchema, revision: z.number().int().nonnegative() }).strict(), z.object({})),
  /** Drops the recovery copy (e.g. after the user discarded the text). Saves that catch up drop it by themselves. */
  clearRecovery: call(z.object({ draftId: DraftIdSchema }).strict(), z.object({})),
  /** The recovery copy of a draft when it differs from the file on disk, with previews of both; null when there is nothing to recover. */
  getRecovery: call(
    z.object({ draftId: DraftIdSchema }).strict(),
    z
      .object({
        draftId: DraftIdSchema,
        writtenAt: z.string(),
        recovered: z.object({ article: ArticleSchema, preview: ArticlePreviewSchema }),
        /** Null when the draft was never saved or its file cannot be read (then diskProblem says why). */
        disk: z.object({ article: ArticleSchema, preview: ArticlePreviewSchema }).nullable(),
        diskProblem: z.string().nullable(),
      })
      .nullable(),
  ),
  /** Every draft with text to recover (on start), previews only. */
  listRecoveries: call(
    NoArgs,
    z.array(z.object({ draftId: DraftIdSchema, writtenAt: z.string(), recovered: ArticlePreviewSchema, disk: ArticlePreviewSchema.nullable() })),
  ),
  /** Keeps one copy as the draft and returns it; the other is kept as a version (reason 'conflict'). */
  resolveRecovery: call(z.object({ draftId: DraftIdSchema, keep: RecoveryChoiceSchema }).strict(), z.object({ article: ArticleSchema })),
  /**
   * The library: search (headline, standfirst and body; case and accents ignored; every word must
   * occur), sort (default 'modified', newest first) and status filter. Unreadable drafts are listed
   * as kind 'unreadable' when no search or filter is active. Fast on repeat: unchanged files are not re-read.
   */
  listLibrary: call(
    z.object({ search: z.string().max(500).optional(), sort: z.enum(['modified', 'created', 'headline']).optional(), status: ArticleStatusSchema.optional() }).strict(),
    z.object({ entries: z.array(LibraryEntrySchema) }),
  ),
  /** A copy under a new id ("Copy of …", status draft, images shared by hard link or copied); returns it. */
  duplicateDraft: call(z.object({ id: DraftIdSchema }).strict(), z.object({ article: ArticleSchema })),
  /** Moves the draft (with its images and versions) into the in-app trash; nothing is erased. */
  deleteDraft: call(z.object({ id: DraftIdSchema }).strict(), TrashEntrySchema),
  listTrash: call(NoArgs, z.array(TrashEntrySchema)),
  /** Puts a trashed draft back; 'conflict' if a draft with its id is in the library again. */
  restoreFromTrash: call(z.object({ trashId: TrashEntrySchema.shape.trashId }).strict(), z.object({ article: ArticleSchema })),
  /** Erases everything in the trash (the only call that erases drafts; confirm first). */
  emptyTrash: call(NoArgs, z.object({ erased: z.number().int().nonnegative() })),
  /** Starts noticing changes to the draft's file by other programs (loadDraft does this for the draft it opens). */
  watchDraft: call(z.object({ draftId: DraftIdSchema }).strict(), z.object({})),
  unwatchDraft: call(z.object({ draftId: DraftIdSchema }).strict(), z.object({})),
  /** For the compare view after draftChangedOnDisk: the file as it is on disk now, and as this app last saved or loaded it. */
  compareWithDisk: call(
    z.object({ draftId: DraftIdSchema }).strict(),
    z.object({
      disk: z.object({ article: ArticleSchema, preview: ArticlePreviewSchema }).nullable(),
      /** Why the disk copy cannot be shown: deleted, or not a readable draft. */
      diskProblem: z.string().nullable(),
      lastSaved: z.object({ article: ArticleSchema, preview: ArticlePreviewSchema }).nullable(),
    }),
  ),
  /**
   * After draftChangedOnDisk: 'reload' keeps `mine` as a version (reason 'conflict') and returns theirs;
   * 'keep-mine' keeps theirs as a version (reason 'external-change'; an unreadable file is kept as
   * article.json.bak) and saves `mine`. Saves are refused with 'conflict' until this is called.
   */
  resolveDiskConflict: call(
    z.object({ draftId: DraftIdSchema, choice: z.enum(['reload', 'keep-mine']), mine: ArticleSchema }).strict(),
    z.object({ article: ArticleSchema }),
  ),
  /** The renderer has saved after flushRequested (or gave up): the window may close. */
  flushDone: call(NoArgs, z.object({})),
  /** Asks the user for a draft file anywhere on disk and brings it into the library. Null when cancelled. */
  openDraftFile: call(NoArgs, z.object({ article: ArticleSchema, compare: IncomingCompareSchema.optional() }).nullable()),
  /**
   * The draft to start on: the one open when the app last closed, or the one the OS opened at launch;
   * `compare` when that was another copy of it that shares a hand-off (as openDraftRequested carries it).
   */
  getLastSession: call(NoArgs, z.object({ draftId: DraftIdSchema.nullable(), compare: IncomingCompareSchema.optional() })),
  /** Asks the user for an image and copies it into the draft's own storage. Null when cancelled. */
  pickLeadImage: call(z.object({ draftId: DraftIdSchema }).strict(), StoredImageSchema.nullable()),
  /** Asks the user for an image to put in the body and stores it with the draft. Null when cancelled. */
  pickBodyImage: call(z.object({ draftId: DraftIdSchema }).strict(), StoredImageSchema.nullable()),
  /**
   * Stores image bytes the page holds (a pasted or dropped picture) with the draft, after checking by its
   * bytes that it is a JPEG, PNG, GIF, WebP or AVIF ('bad-file' otherwise). `name` is only for messages.
   */
  storeImage: call(
    z.object({ draftId: DraftIdSchema, bytes: ImageBytesSchema, name: z.string().max(255).optional() }).strict(),
    StoredImageSchema,
  ),
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
  /**
   * Asks for a .copydesk file and brings it into the library as a draft of its own. `notes`: files of it
   * that were left out (not an image the article shows), in words. Null when cancelled.
   */
  importPortableDraft: call(NoArgs, z.object({ article: ArticleSchema, notes: z.array(z.string()), compare: IncomingCompareSchema.optional() }).nullable()),
  /**
   * “Send for review…” ('for-review', status In review) / “Return to reporter…” ('to-reporter', Needs
   * changes or Approved: `status`, one of HANDOFF_STATUSES, the first when omitted; 'invalid-arguments'
   * otherwise): asks where first (cancel changes nothing), keeps the draft as last saved as a hand-off
   * version, writes the .copydesk (carrying every hand-off version), then records the hand-off and a
   * log entry by `by` with `message` and saves (a file that could not be written records nothing).
   * Returns the saved draft for the editor to show. Save pending text first.
   */
  handOverDraft: call(
    z
      .object({
        draftId: DraftIdSchema,
        direction: z.enum(HANDOFF_DIRECTIONS),
        by: PersonSchema,
        status: ArticleStatusSchema.optional(),
        message: z.string().max(HANDOFF_MESSAGE_LIMIT).optional(),
      })
      .strict(),
    z.object({ article: ArticleSchema, file: z.string() }).nullable(),
  ),
  /**
   * Keep result of an incoming compare (a `compare` from opening a file): my text and theirs are kept
   * as versions, the hand-off versions the file carried are kept under their ids, then `merged` is
   * saved with both copies' hand-offs, log (plus 'compare-kept', with `summary`), threads and field
   * suggestions. 'not-found' when no compare of the draft is waiting.
   */
  keepIncomingCopy: call(
    z.object({ draftId: DraftIdSchema, merged: ArticleSchema, by: PersonSchema, summary: z.string().max(1_000).optional() }).strict(),
    z.object({ article: ArticleSchema }),
  ),
  /** The settings, and a notice to show once when the settings file was unreadable and reset (null otherwise). */
  getSettings: call(NoArgs, z.object({ settings: SettingsSchema, notice: z.string().nullable() })),
  /**
   * The reserved commands (command table: hiddenUntilHandled) the page has a handler for now: the
   * application and context menus show exactly these of them. Sent whenever that set changes.
   */
  setAvailableCommands: call(z.object({ ids: z.array(z.enum(PAGE_COMMAND_IDS)).max(PAGE_COMMAND_IDS.length) }).strict(), z.object({})),
  /**
   * The house style in force (docs/house-style.md): the newsroom's own, kept with the app's state, or
   * the shipped default (`custom` false). `notice` once when the kept file was unreadable and set aside.
   */
  getHouseStyle: call(NoArgs, HouseStyleStateSchema),
  /** Keeps `style` as the house style; null goes back to the shipped default. */
  saveHouseStyle: call(z.object({ style: HouseStyleSchema.nullable() }).strict(), HouseStyleStateSchema),
  /** Settings ▸ House style ▸ Import…: asks for a style file and keeps it as the house style. Errors name the file and each bad field. Null when cancelled. */
  importHouseStyle: call(NoArgs, HouseStyleStateSchema.nullable()),
  /** Settings ▸ House style ▸ Export…: asks where, then writes the house style in force as a style file. Null when cancelled. */
  exportHouseStyle: call(NoArgs, z.object({ file: z.string() }).nullable()),
  /** Changes any settings but the drafts folder; returns them all. */
  updateSettings: call(SettingsPatchSchema, z.object({ settings: SettingsSchema })),
  /**
   * Asks the user for a folder and keeps the library there from now on: drafts already in it are
   * listed, nothing is moved; the renderer then saves the open draft into it. Null when cancelled.
   */
  chooseDraftsFolder: call(NoArgs, z.object({ draftsFolder: z.string() }).nullable()),
  /** Goes back to the default drafts folder (in Documents). */
  useDefaultDraftsFolder: call(NoArgs, z.object({ draftsFolder: z.string() })),
  /**
   * A file dropped on the window: a draft (.copydesk, article.json, draft folder) is brought into the
   * library, an image is stored with the open draft `draftId`. The page passes the dropped File; preload
   * reads its path (see PageCallArgs), so the page never learns or names paths.
   */
  openDroppedFile: call(
    z.object({ path: z.string().min(1).max(4096), draftId: DraftIdSchema.nullable() }).strict(),
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('draft'), article: ArticleSchema, notes: z.array(z.string()), compare: IncomingCompareSchema.optional() }),
      z.object({ kind: z.literal('image'), image: StoredImageSchema }),
    ]),
  ),
  /** Spelling languages this machine offers and those in use; on macOS the system spellchecker decides (managedByOs). */
  getSpellcheckLanguages: call(NoArgs, z.object({ available: z.array(z.string()), chosen: z.array(z.string()), managedByOs: z.boolean() })),
  /**
   * File ▸ Export: asks where, then writes the draft as last saved in `format`, and keeps that text as a
   * version (reason 'export'). HTML images go inside the file ('embed', the default) or into an
   * `assets` folder beside it ('assets'). Null when cancelled.
   */
  exportDraft: call(
    z.object({ draftId: DraftIdSchema, format: z.enum(EXPORT_FORMATS), images: z.enum(EXPORT_IMAGE_HANDLING).optional() }).strict(),
    z.object({ file: z.string() }).nullable(),
  ),
  /** “Copy HTML for CMS”: puts the HTML and its plain-text twin on the system clipboard. */
  writeClipboard: call(z.object({ html: z.string().max(CLIPBOARD_MAX_CHARACTERS), text: z.string().max(CLIPBOARD_MAX_CHARACTERS) }).strict(), z.object({})),
  /**
   * “Import…”: asks for a wire story (ninjs 1.x–3.x), an HTML page or a native draft of any version,
   * and saves it as a new draft. `notes`: what the import could not carry (wire pictures whose files
   * are elsewhere, say), in words. Errors name the file. Null when cancelled.
   */
  importArticleFile: call(NoArgs, z.object({ article: ArticleSchema, file: z.string(), notes: z.array(z.string()) }).nullable()),
} as const;

/** A File from a drop event, opaque here (core has no DOM types); preload turns it into a path. */
export type DroppedFileHandle = object;

/** Calls whose page-side arguments differ from what crosses IPC: preload turns them into the contract's arguments. */
interface PageSideArgs {
  openDroppedFile: { file: DroppedFileHandle; draftId: string | null };
}
export type PageCallArgs<Name extends HostCallName> = Name extends keyof PageSideArgs ? PageSideArgs[Name] : HostCallArgs<Name>;

export type HostApiContract = typeof HOST_API;
export type HostCallName = keyof HostApiContract;
export type HostCallArgs<Name extends HostCallName> = z.input<HostApiContract[Name]['args']>;
export type HostCallResult<Name extends HostCallName> = z.output<HostApiContract[Name]['result']>;

/** The application- and context-menu items that the renderer carries out: the page commands of core/commands/command-table.ts. */
export const MENU_COMMANDS = PAGE_COMMAND_IDS;
export type MenuCommand = PageCommandId;

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
  openDraftRequested: z.object({ draftId: DraftIdSchema, compare: IncomingCompareSchema.optional() }),
  /** A menu item or accelerator handled by the renderer. */
  menuCommand: z.object({ command: z.enum(MENU_COMMANDS) }),
  /** A save of the draft reached the disk or failed (including the host's own retries): update the status bar. */
  saveStatusChanged: SaveStatusSchema,
} as const;

export type HostEventName = keyof typeof HOST_EVENTS;
export type HostEventPayload<Name extends HostEventName> = z.output<(typeof HOST_EVENTS)[Name]>;
export type HostEventListener<Name extends HostEventName> = (payload: HostEventPayload<Name>) => void;

/** The typed API the renderer works with: calls resolve to their value or reject with a HostError. */
export type HostApi = {
  [Name in HostCallName]: (args: PageCallArgs<Name>) => Promise<HostCallResult<Name>>;
} & {
  subscribe<Name extends HostEventName>(name: Name, listener: HostEventListener<Name>): () => void;
};

/**
 * What preload puts on the page as `window.copydesk`. Calls resolve to a HostReply instead of
 * throwing, because contextBridge rebuilds thrown errors from their message alone and the
 * error code would be lost; the renderer unwraps them with createHostClient.
 */
export type ExposedHostApi = {
  [Name in HostCallName]: (args: PageCallArgs<Name>) => Promise<HostReply<HostCallResult<Name>>>;
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
  /** What was to be written is over the size a draft may be (core/article/draft-bytes.ts); nothing was written. */
  'too-large',
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
