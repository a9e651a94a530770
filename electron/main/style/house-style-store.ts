import path from 'node:path';
import { HostError, type HouseStyleState } from '../../../core/host-api/contract';
import { defaultHouseStyle } from '../../../core/style/default-style';
import { HouseStyleError, parseHouseStyleText, serializeHouseStyle, type HouseStyle } from '../../../core/style/style-file';
import { writeFileAtomic } from '../storage/atomic-write';
import { isMissingFileError, type HostFileSystem } from '../storage/file-system';
import { fsReasonInWords } from '../storage/describe-fs-error';

export interface HouseStyleStore {
  get(): Promise<HouseStyleState>;
  /** Keeps `style` (already validated by the contract); null removes the newsroom's file, so the shipped default applies. */
  save(style: HouseStyle | null): Promise<HouseStyleState>;
  /** Reads a style file the user picked and keeps it; a file that is not a valid style file changes nothing. */
  importFrom(file: string): Promise<HouseStyleState>;
  /** Writes the style in force to `file`, as Copydesk writes style files. */
  exportTo(file: string): Promise<void>;
}

/**
 * `<stateFolder>/house-style.json`: the newsroom's house style (docs/house-style.md), beside settings.json.
 * No file means the shipped default. A file that no longer validates never stops the checks: it is
 * set aside as `house-style.invalid-<time>.json`, the default applies, and `notice` says so once.
 */
export function createHouseStyleStore({ fs, stateFolder, clock }: { fs: HostFileSystem; stateFolder: string; clock: () => Date }): HouseStyleStore {
  const file = path.join(stateFolder, 'house-style.json');
  let loaded: Promise<HouseStyleState> | null = null;
  let writes: Promise<unknown> = Promise.resolve();
  const shipped = (notice: string | null): HouseStyleState => ({ style: defaultHouseStyle(), custom: false, notice });

  async function setAside(problem: string): Promise<HouseStyleState> {
    const kept = `house-style.invalid-${clock().toISOString().replace(/[-:.]/g, '')}.json`;
    try {
      await fs.rename(file, path.join(stateFolder, kept));
      return shipped(`Your house style file could not be used (${problem}); Copydesk is checking with its default style. The file was kept as ${kept}.`);
    } catch {
      return shipped(`Your house style file ${file} could not be used (${problem}); Copydesk is checking with its default style.`);
    }
  }

  async function load(): Promise<HouseStyleState> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if (isMissingFileError(error)) return shipped(null);
      return shipped(`Your house style file ${file} could not be read (${fsReasonInWords(error)}); Copydesk is checking with its default style.`);
    }
    try {
      return { style: parseHouseStyleText(text, 'house-style.json'), custom: true, notice: null };
    } catch (error) {
      if (error instanceof HouseStyleError) return setAside(error.message);
      throw error;
    }
  }

  const get = () => {
    loaded ??= load();
    return loaded;
  };

  /** Runs writes one after another, each seeing the last one's result. */
  const queued = <T>(write: () => Promise<T>): Promise<T> => {
    const run = writes.then(write);
    writes = run.catch(() => undefined);
    return run;
  };

  const save = (style: HouseStyle | null) =>
    queued(async () => {
      if (style === null) {
        await fs.rm(file, { force: true });
        loaded = Promise.resolve(shipped(null));
      } else {
        await fs.mkdir(stateFolder, { recursive: true });
        await writeFileAtomic(fs, file, serializeHouseStyle(style));
        loaded = Promise.resolve({ style, custom: true, notice: null });
      }
      return loaded;
    });

  return {
    get: async () => {
      const state = await get();
      // The notice is told once.
      if (state.notice) loaded = Promise.resolve({ ...state, notice: null });
      return state;
    },
    save,
    async importFrom(picked) {
      const name = path.basename(picked);
      let text: string;
      try {
        text = await fs.readFile(picked, 'utf8');
      } catch (error) {
        throw new HostError('bad-file', `Could not read ${name}: ${fsReasonInWords(error)}`);
      }
      let style: HouseStyle;
      try {
        style = parseHouseStyleText(text, name);
      } catch (error) {
        if (error instanceof HouseStyleError) throw new HostError('bad-file', error.message);
        throw error;
      }
      return save(style);
    },
    async exportTo(target) {
      const { style } = await get();
      await writeFileAtomic(fs, target, serializeHouseStyle(style));
    },
  };
}
