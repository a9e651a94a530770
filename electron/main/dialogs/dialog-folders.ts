import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-write';
import type { HostFileSystem } from '../storage/file-system';

/**
 * The kinds of file a picker asks for. Each opens where that kind was last picked: since Electron 43 a
 * dialog without `defaultPath` opens in Downloads, which is rarely where a reporter keeps these.
 */
export const DIALOG_KINDS = ['draft-file', 'portable-draft', 'import', 'lead-image', 'export', 'pdf', 'drafts-folder', 'house-style'] as const;
export type DialogKind = (typeof DIALOG_KINDS)[number];

/** Where each kind opens before anything of that kind has been picked. */
export interface DialogPlaces {
  documents: string;
  pictures: string;
  /** The library's folder now (the user may move it in Settings). */
  draftsFolder(): Promise<string>;
}

const RememberedSchema = z.partialRecord(z.enum(DIALOG_KINDS), z.string().refine((folder) => path.isAbsolute(folder), 'must be an absolute path'));
type Remembered = z.infer<typeof RememberedSchema>;

async function firstPlace(kind: DialogKind, places: DialogPlaces): Promise<string> {
  switch (kind) {
    // The drafts folder picker opens at the library as it is now.
    case 'drafts-folder':
    case 'draft-file':
      return places.draftsFolder();
    case 'lead-image':
      return places.pictures;
    default:
      return places.documents;
  }
}

/**
 * `<stateFolder>/dialog-folders.json`: the last folder used for each kind of file. A missing or corrupt
 * file, or a remembered folder that is gone (an unplugged USB stick), means the kind's first place.
 */
export function createDialogFolders({ fs, stateFolder, places }: { fs: HostFileSystem; stateFolder: string; places: DialogPlaces }) {
  const file = path.join(stateFolder, 'dialog-folders.json');
  let writes: Promise<unknown> = Promise.resolve();

  async function read(): Promise<Remembered> {
    try {
      const parsed = RememberedSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  const isFolder = (folder: string) => fs.stat(folder).then((stat) => stat.isDirectory(), () => false);

  async function folderFor(kind: DialogKind): Promise<string> {
    const remembered = (await read())[kind];
    return remembered && (await isFolder(remembered)) ? remembered : firstPlace(kind, places);
  }

  return {
    /** The dialog's `defaultPath`: the kind's folder, with the suggested file name for a save dialog. */
    async defaultPath(kind: DialogKind, suggestedName?: string): Promise<string> {
      const folder = await folderFor(kind);
      return suggestedName ? path.join(folder, suggestedName) : folder;
    },
    /** Remembers the folder of the file just picked or saved for `kind`; a chosen drafts folder is the setting itself. */
    remember(kind: DialogKind, chosenFile: string): Promise<void> {
      if (kind === 'drafts-folder') return Promise.resolve();
      const run = writes.then(async () => {
        const remembered = { ...(await read()), [kind]: path.dirname(path.resolve(chosenFile)) };
        await fs.mkdir(stateFolder, { recursive: true });
        await writeFileAtomic(fs, file, `${JSON.stringify(remembered, null, 2)}\n`);
      });
      writes = run.catch(() => undefined);
      return run;
    },
  };
}

export type DialogFolders = ReturnType<typeof createDialogFolders>;
