import { HostError } from '../../../core/host-api/contract';
import type { SettingsStore } from '../settings/settings-store';
import type { HostFileSystem } from '../storage/file-system';
import { fsReasonInWords } from '../storage/describe-fs-error';

export interface DraftsLocation {
  /** Reads the settings once; every other method needs it done. */
  ready(): Promise<void>;
  /** The folder the library lives in now. */
  current(): string;
  /**
   * Makes sure the folder is there. The default folder is created when missing; a folder the user
   * chose is never recreated (on an unplugged drive that would write onto the mount point), so its
   * absence is a 'drafts-folder-missing' error that says what to do.
   */
  ensureAvailable(): Promise<void>;
  /** Uses `folder` from now on (remembered in settings); null goes back to the default. */
  use(folder: string | null): Promise<string>;
}

export interface DraftsLocationDeps {
  fs: HostFileSystem;
  defaultFolder: string;
  settings: SettingsStore;
  onChanged?: (folder: string) => void;
}

export function createDraftsLocation({ fs, defaultFolder, settings, onChanged }: DraftsLocationDeps): DraftsLocation {
  let chosen: string | null = null;
  let loaded: Promise<void> | null = null;

  const current = () => chosen ?? defaultFolder;

  async function isFolder(folder: string): Promise<boolean> {
    try {
      return (await fs.stat(folder)).isDirectory();
    } catch {
      return false;
    }
  }

  return {
    ready() {
      loaded ??= settings.get().then(({ settings: stored }) => {
        chosen = stored.draftsFolder;
        if (chosen !== null) onChanged?.(chosen);
      });
      return loaded;
    },

    current,

    async ensureAvailable() {
      if (chosen === null) {
        try {
          await fs.mkdir(defaultFolder, { recursive: true });
        } catch (error) {
          throw new HostError('drafts-folder-missing', `The drafts folder ${defaultFolder} cannot be used: ${fsReasonInWords(error)}. Or choose another drafts folder in Settings.`);
        }
        return;
      }
      if (!(await isFolder(chosen))) {
        throw new HostError('drafts-folder-missing', `The drafts folder ${chosen} is gone (unplugged drive or deleted?). Choose another folder or reconnect it.`);
      }
    },

    async use(folder) {
      if (folder !== null && !(await isFolder(folder))) throw new HostError('drafts-folder-missing', `${folder} is not a folder Copydesk can use.`);
      await settings.update({ draftsFolder: folder });
      chosen = folder;
      onChanged?.(current());
      return current();
    },
  };
}
