import { HostError, type HostCallName } from '../../core/host-api/contract';
import { fsErrorCode, fsReasonInWords, isFsError } from './storage/describe-fs-error';

/** What each host call was doing, for the sentence a file-system failure becomes ("Saving the version failed: …"). */
const DOING: Partial<Record<HostCallName, string>> = {
  listDrafts: 'Listing the drafts',
  loadDraft: 'Opening the draft',
  saveDraft: 'Saving the draft',
  writeRecovery: 'Keeping the recovery copy',
  clearRecovery: 'Removing the recovery copy',
  getRecovery: 'Reading the recovery copy',
  listRecoveries: 'Looking for text to recover',
  resolveRecovery: 'Recovering the draft',
  listLibrary: 'Listing the library',
  duplicateDraft: 'Duplicating the draft',
  deleteDraft: 'Moving the draft to the trash',
  listTrash: 'Listing the trash',
  restoreFromTrash: 'Restoring the draft from the trash',
  emptyTrash: 'Emptying the trash',
  watchDraft: 'Watching the draft for changes',
  compareWithDisk: 'Comparing with the file on disk',
  resolveDiskConflict: 'Resolving the change on disk',
  openDraftFile: 'Opening the draft file',
  getLastSession: 'Reopening the last draft',
  pickLeadImage: 'Adding the image',
  listVersions: 'Listing the versions',
  saveVersion: 'Saving the version',
  loadVersion: 'Opening the version',
  restoreVersion: 'Restoring the version',
  saveCopyAs: 'Saving the copy',
  importPortableDraft: 'Opening the draft file',
  getSettings: 'Reading the settings',
  updateSettings: 'Saving the settings',
  chooseDraftsFolder: 'Changing the drafts folder',
  useDefaultDraftsFolder: 'Changing the drafts folder',
  openDroppedFile: 'Opening the dropped file',
  exportDraft: 'Exporting',
  importArticleFile: 'Importing',
};

/** A file-system failure as the HostError the user reads: what was being done, and what went wrong, in words. */
export function fsHostError(error: unknown, doing: string): HostError {
  return new HostError(fsErrorCode(error), `${doing} failed: ${fsReasonInWords(error)}.`);
}

/** The phrase for `name`; calls added later without one still get a sentence. */
export function doingOf(name: string): string {
  return DOING[name as HostCallName] ?? 'That';
}

/**
 * Runs `run` for host call `name`, turning any raw file-system error (ENOSPC, ENAMETOOLONG, EEXIST…)
 * into a HostError in words, so no call anywhere hands the user an errno.
 */
export async function withFsErrorsInWords<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isFsError(error)) throw fsHostError(error, doingOf(name));
    throw error;
  }
}
