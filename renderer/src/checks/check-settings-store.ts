import { create } from 'zustand';
import type { PreExportSettingsInput } from '../../../core/checks/pre-export-settings';
import { host } from '../host';

/**
 * The pre-export check settings as stored, for what applies them outside the checklist (the headline
 * counter). Read at start; CheckSettings puts every change it stores here.
 */
export const useStoredCheckSettings = create<{ preExport: PreExportSettingsInput }>()(() => ({ preExport: {} }));

export async function loadStoredCheckSettings(): Promise<void> {
  try {
    const { settings } = await host.getSettings({});
    useStoredCheckSettings.setState({ preExport: settings.preExport });
  } catch {
    // The defaults stay in force; the Settings dialog says why the settings cannot be read.
  }
}
