import path from 'node:path';
import { HostError } from '../../../core/host-api/contract';
import { isMissingFileError, type HostFileSystem } from '../storage/file-system';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `<draftId>-<deleted at, ISO 8601 basic>`: sorts by draft, names the time, and never collides with a draft folder. */
export const TRASH_ID_PATTERN = new RegExp(`^(${UUID})-(\\d{8}T\\d{9}Z)$`);

export interface TrashedDraft {
  trashId: string;
  draftId: string;
  deletedAt: string;
}

export interface DraftTrashDeps {
  fs: Pick<HostFileSystem, 'mkdir' | 'rename' | 'readdir' | 'rm' | 'stat'>;
  libraryFolder: () => string;
  clock: () => Date;
}

function deletedAtOf(basic: string): string {
  return basic.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/, '$1-$2-$3T$4:$5:$6.$7Z');
}

/**
 * The in-app trash, `<draftsFolder>/.trash/`: deleting a draft moves its whole folder (article,
 * images, versions) there in one rename. Nothing is erased until the user empties the trash.
 */
export function createDraftTrash({ fs, libraryFolder, clock }: DraftTrashDeps) {
  const trashFolder = () => path.join(libraryFolder(), '.trash');

  return {
    async moveToTrash(draftId: string): Promise<TrashedDraft> {
      const deletedAt = clock();
      const trashId = `${draftId}-${deletedAt.toISOString().replace(/[-:.]/g, '')}`;
      await fs.mkdir(trashFolder(), { recursive: true });
      try {
        await fs.rename(path.join(libraryFolder(), draftId), path.join(trashFolder(), trashId));
      } catch (error) {
        if (isMissingFileError(error)) throw new HostError('not-found', `There is no draft ${draftId} in ${libraryFolder()}.`);
        throw error;
      }
      return { trashId, draftId, deletedAt: deletedAt.toISOString() };
    },

    async list(): Promise<TrashedDraft[]> {
      let names: string[];
      try {
        names = await fs.readdir(trashFolder());
      } catch (error) {
        if (isMissingFileError(error)) return [];
        throw error;
      }
      return names
        .map((name) => TRASH_ID_PATTERN.exec(name))
        .filter((match) => match !== null)
        .map(([trashId, draftId, basic]) => ({ trashId, draftId: draftId!, deletedAt: deletedAtOf(basic!) }))
        .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
    },

    /** The trashed draft's folder, to read its article for the trash listing. */
    folderOf: (trashId: string) => path.join(trashFolder(), trashId),

    async restore(trashId: string): Promise<string> {
      const match = TRASH_ID_PATTERN.exec(trashId);
      if (!match) throw new HostError('not-found', `“${trashId}” is not in the trash.`);
      const draftId = match[1]!;
      const target = path.join(libraryFolder(), draftId);
      const taken = await fs.stat(target).then(
        () => true,
        (error: unknown) => (isMissingFileError(error) ? false : Promise.reject(error)),
      );
      if (taken) throw new HostError('conflict', `Draft ${draftId} is in the library already; it was not replaced by the copy in the trash.`);
      try {
        await fs.rename(path.join(trashFolder(), trashId), target);
      } catch (error) {
        if (isMissingFileError(error)) throw new HostError('not-found', `“${trashId}” is not in the trash.`);
        throw error;
      }
      return draftId;
    },

    /** The only place drafts are erased. Returns how many were. */
    async empty(): Promise<number> {
      const trashed = await this.list();
      for (const { trashId } of trashed) await fs.rm(path.join(trashFolder(), trashId), { recursive: true, force: true });
      return trashed.length;
    },
  };
}
