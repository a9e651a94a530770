import type { HostHandlers } from '../ipc-router';

export interface RecentTrackingDeps {
  /** The library file of a draft, `<drafts folder>/<id>/article.json`. */
  draftFile(draftId: string): Promise<string>;
  /** Puts a file at the top of the recent documents (the app's list and the OS's). */
  remember(file: string): void;
}

/**
 * The host calls, with every draft the user opens or saves and every copy they save remembered as a
 * recent document. Saves are many (autosave); only a save of a draft other than the last one counts.
 */
export function trackRecentDocuments(handlers: HostHandlers, deps: RecentTrackingDeps): HostHandlers {
  let lastRemembered: string | null = null;
  const rememberDraft = async (draftId: string) => {
    const file = await deps.draftFile(draftId);
    if (file === lastRemembered) return;
    lastRemembered = file;
    deps.remember(file);
  };
  const rememberFile = (file: string) => {
    lastRemembered = file;
    deps.remember(file);
  };

  return {
    ...handlers,
    async loadDraft(args) {
      const result = await handlers.loadDraft(args);
      await rememberDraft(result.article.id);
      return result;
    },
    async saveDraft(args) {
      const result = await handlers.saveDraft(args);
      await rememberDraft(args.article.id);
      return result;
    },
    async openDraftFile(args) {
      const result = await handlers.openDraftFile(args);
      if (result) await rememberDraft(result.article.id);
      return result;
    },
    async importPortableDraft(args) {
      const result = await handlers.importPortableDraft(args);
      if (result) await rememberDraft(result.article.id);
      return result;
    },
    async openDroppedFile(args) {
      const result = await handlers.openDroppedFile(args);
      if (result.kind === 'draft') await rememberDraft(result.article.id);
      return result;
    },
    async saveCopyAs(args) {
      const result = await handlers.saveCopyAs(args);
      if (result) rememberFile(result.file);
      return result;
    },
  };
}
