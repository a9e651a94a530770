import path from 'node:path';
import { parseStoredSettings, SETTINGS_DEFAULTS, SettingsSchema, type Settings } from '../../../core/settings/settings-schema';
import { writeFileAtomic } from '../storage/atomic-write';
import { isMissingFileError, type HostFileSystem } from '../storage/file-system';
import { fsReasonInWords } from '../storage/describe-fs-error';

export interface SettingsSnapshot {
  settings: Settings;
  /** Something the user should be told about their settings file (it was unreadable and reset), or null. */
  notice: string | null;
}

export interface SettingsStore {
  get(): Promise<SettingsSnapshot>;
  /** Merges `patch` into the settings, validates the result and saves it. */
  update(patch: Partial<Settings>): Promise<Settings>;
}

export interface SettingsStoreDeps {
  fs: HostFileSystem;
  stateFolder: string;
  clock: () => Date;
}

/**
 * `<stateFolder>/settings.json`, read once per run and written atomically on every change. A corrupt
 * or invalid file never stops the app: the defaults are used, the bad file is kept beside it as
 * `settings.corrupt-<time>.json`, and `notice` says so in words.
 */
export function createSettingsStore({ fs, stateFolder, clock }: SettingsStoreDeps): SettingsStore {
  const file = path.join(stateFolder, 'settings.json');
  let loaded: Promise<SettingsSnapshot> | null = null;
  let writes: Promise<unknown> = Promise.resolve();

  async function keepBadFile(problem: string): Promise<SettingsSnapshot> {
    const kept = `settings.corrupt-${clock().toISOString().replace(/[-:.]/g, '')}.json`;
    try {
      await fs.rename(file, path.join(stateFolder, kept));
      return { settings: SETTINGS_DEFAULTS, notice: `Your settings file was unreadable (${problem}) and has been reset; the old file was kept as ${kept}.` };
    } catch {
      return { settings: SETTINGS_DEFAULTS, notice: `Your settings file ${file} was unreadable (${problem}); Copydesk is using the default settings and left the file as it was.` };
    }
  }

  async function load(): Promise<SettingsSnapshot> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if (isMissingFileError(error)) return { settings: SETTINGS_DEFAULTS, notice: null };
      return { settings: SETTINGS_DEFAULTS, notice: `Your settings file ${file} could not be read (${fsReasonInWords(error)}); Copydesk is using the default settings.` };
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return keepBadFile('not valid JSON');
    }
    const parsed = parseStoredSettings(data);
    return parsed.ok ? { settings: parsed.settings, notice: null } : keepBadFile(parsed.problem);
  }

  function get(): Promise<SettingsSnapshot> {
    loaded ??= load();
    return loaded;
  }

  return {
    get,
    update(patch) {
      const run = writes.then(async () => {
        const current = await get();
        const settings = SettingsSchema.parse({ ...current.settings, ...patch });
        await fs.mkdir(stateFolder, { recursive: true });
        await writeFileAtomic(fs, file, `${JSON.stringify(settings, null, 2)}\n`);
        loaded = Promise.resolve({ settings, notice: current.notice });
        return settings;
      });
      writes = run.catch(() => undefined);
      return run;
    },
  };
}
