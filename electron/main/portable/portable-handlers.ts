import { importPortableDraftFile, savePortableCopy, suggestedCopyName, type BroughtInDraft, type PortableFilesDeps } from './portable-files';

export interface PortableDialogs {
  /** Where to save a `.copydesk` copy, or null when cancelled. */
  chooseCopyDestination(suggestedName: string): Promise<string | null>;
  /** A `.copydesk` file to open, or null when cancelled. */
  pickPortableDraftFile(): Promise<string | null>;
}

/** "Save a copy as…" and "Open a draft file (.copydesk)…": dialogs in front of portable-files. */
export function createPortableHandlers(deps: PortableFilesDeps & { dialogs: PortableDialogs }) {
  return {
    /** Packs the draft as last saved; the renderer saves pending text first. */
    async saveCopyAs({ draftId }: { draftId: string }): Promise<{ file: string } | null> {
      const article = await deps.drafts.load(draftId);
      const destination = await deps.dialogs.chooseCopyDestination(suggestedCopyName(article));
      if (destination === null) return null;
      const { file } = await savePortableCopy(deps, draftId, destination);
      return { file };
    },

    async importPortableDraft(): Promise<BroughtInDraft | null> {
      const file = await deps.dialogs.pickPortableDraftFile();
      if (file === null) return null;
      return importPortableDraftFile(deps, file);
    },
  };
}
