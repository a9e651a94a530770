import { useEffect, useId, useRef, useState } from 'react';
import { THEME_CHOICES, type Settings, type SettingsPatch, type ThemeChoice } from '../../../core/settings/settings-schema';
import type { HostCallResult } from '../../../core/host-api/contract';
import type { PreExportSettingsInput } from '../../../core/checks/pre-export-settings';
import { host } from '../host';
import { useModalDialog } from '../recovery/use-modal-dialog';
import { DraftsFolder } from '../library/DraftsFolder';
import { CheckSettings } from '../checks/CheckSettings';
import { HouseStyleSettings } from '../style/HouseStyleSettings';
import { UserSettings } from './UserSettings';
import './settings.css';

type Spelling = HostCallResult<'getSpellcheckLanguages'>;

const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = { system: 'Match system', light: 'Light', dark: 'Dark' };
/** As many as SettingsSchema allows. */
const MAX_SPELLING_LANGUAGES = 5;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

const languageNames = new Intl.DisplayNames([navigator.language], { type: 'language' });
/** "English (United Kingdom)" for en-GB; the tag itself if the browser has no name for it. */
function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

interface SettingsDialogProps {
  onClose(): void;
  /** The library moved: the open draft is saved into the new folder. */
  onDraftsFolderChanged(): void;
}

/** Who is working, appearance, spelling, the drafts folder and the pre-export checks; every change is stored at once. */
export function SettingsDialog({ onClose, onDraftsFolderChanged }: SettingsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [spelling, setSpelling] = useState<Spelling | null>(null);
  // Kept apart from `settings`: CheckSettings stores these itself and hands back what was stored.
  const [preExport, setPreExport] = useState<PreExportSettingsInput | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useModalDialog(dialogRef, onClose);

  useEffect(() => {
    Promise.all([host.getSettings({}), host.getSpellcheckLanguages({})])
      .then(([stored, languages]) => {
        setSettings(stored.settings);
        setPreExport(stored.settings.preExport);
        setSpelling(languages);
      })
      .catch((error: unknown) => setProblem(`The settings could not be read. ${describe(error)}`));
  }, []);

  /** Stores a change; if the host refuses it, says why and shows what is stored instead. */
  const save = async (patch: SettingsPatch, what: string) => {
    setSettings((current) => current && { ...current, ...patch });
    try {
      const { settings: stored } = await host.updateSettings(patch);
      setSettings(stored);
      setProblem(null);
    } catch (error) {
      setProblem(`The ${what} could not be changed. ${describe(error)}`);
      host.getSettings({}).then(({ settings: stored }) => setSettings(stored), () => undefined);
    }
  };

  const chooseLanguages = (chosen: string[]) => {
    setSpelling((current) => current && { ...current, chosen });
    // None ticked: the spellchecker follows the system's language again.
    void save({ spellcheckLanguages: chosen.length ? chosen : null }, 'spelling languages');
  };

  return (
    <dialog ref={dialogRef} className="open-dialog settings-dialog" aria-labelledby={`${id}-title`}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>Settings</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      <div className="settings-body">
        {problem && (
          <p role="alert" className="field-problem settings-problem">
            {problem}
          </p>
        )}
        {!settings || !spelling || !preExport ? (
          !problem && <p className="dialog-note">Loading settings…</p>
        ) : (
          <>
            <section className="settings-section" aria-labelledby={`${id}-user`}>
              <h3 id={`${id}-user`}>Who is working</h3>
              <UserSettings />
            </section>

            <section className="settings-section" aria-labelledby={`${id}-appearance`}>
              <h3 id={`${id}-appearance`}>Appearance</h3>
              <fieldset className="settings-choices">
                <legend>Theme</legend>
                {THEME_CHOICES.map((theme) => (
                  <label key={theme} className="settings-choice">
                    <input type="radio" name={`${id}-theme`} checked={settings.theme === theme} onChange={() => void save({ theme }, 'theme')} />
                    {THEME_LABELS[theme]}
                  </label>
                ))}
              </fieldset>
            </section>

            <section className="settings-section" aria-labelledby={`${id}-spelling`}>
              <h3 id={`${id}-spelling`}>Spelling</h3>
              {spelling.managedByOs ? (
                <p className="settings-hint">On macOS the system checks spelling: the languages in macOS’s own keyboard and spelling settings decide.</p>
              ) : spelling.available.length === 0 ? (
                <p className="settings-hint">This system offers no spelling dictionaries, so spelling is not checked.</p>
              ) : (
                <fieldset className="settings-choices settings-languages">
                  <legend>Check spelling in (up to {MAX_SPELLING_LANGUAGES})</legend>
                  {spelling.available.map((tag) => {
                    const checked = spelling.chosen.includes(tag);
                    return (
                      <label key={tag} className="settings-choice">
                        <input
                          type="checkbox"
                          checked={checked}
                          disabled={!checked && spelling.chosen.length >= MAX_SPELLING_LANGUAGES}
                          onChange={() => chooseLanguages(checked ? spelling.chosen.filter((other) => other !== tag) : [...spelling.chosen, tag])}
                        />
                        {languageName(tag)} <span className="settings-tag">{tag}</span>
                      </label>
                    );
                  })}
                </fieldset>
              )}
            </section>

            <section className="settings-section" aria-labelledby={`${id}-drafts`}>
              <h3 id={`${id}-drafts`}>Drafts folder</h3>
              <DraftsFolder onChanged={onDraftsFolderChanged} />
            </section>

            <section className="settings-section" aria-labelledby={`${id}-checks`}>
              <h3 id={`${id}-checks`}>Pre-export checks</h3>
              <CheckSettings settings={preExport} onChange={setPreExport} />
            </section>

            <section className="settings-section" aria-labelledby={`${id}-house-style`}>
              <h3 id={`${id}-house-style`}>House style</h3>
              <HouseStyleSettings />
            </section>
          </>
        )}
      </div>

      <div className="dialog-actions settings-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </dialog>
  );
}
