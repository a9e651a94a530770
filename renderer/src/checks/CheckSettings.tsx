import { useId, useRef, useState } from 'react';
import {
  DEFAULT_CHECK_SEVERITIES,
  DEFAULT_HEADLINE_BUDGETS,
  PRE_EXPORT_CHECK_IDS,
  type CheckSeveritySetting,
  type PreExportSettingsInput,
} from '../../../core/checks/pre-export-settings';
import { host } from '../host';
import { CHECK_LABELS } from './check-labels';
import { useStoredCheckSettings } from './check-settings-store';
import './checks.css';

const SEVERITY_LABELS: Readonly<Record<CheckSeveritySetting, string>> = { blocker: 'Blocks export', warning: 'Warns', off: 'Off' };
const MEDIA = [
  ['web', 'Web'],
  ['print', 'Print'],
  ['social', 'Social'],
] as const;

interface CheckSettingsProps {
  settings: PreExportSettingsInput;
  /** Called with the new settings once they are stored. */
  onChange(settings: PreExportSettingsInput): void;
}

/** Which checks block, warn or are off, and the headline budgets; stored in the app's settings. */
export function CheckSettings({ settings, onChange }: CheckSettingsProps) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const severities = settings.severities ?? {};
  const budgets = settings.headlineBudgets ?? {};
  // Changes build on the last one made, even before the host has answered it (two quick edits both count).
  const latest = useRef(settings);

  const change = (edit: (current: PreExportSettingsInput) => PreExportSettingsInput) => {
    latest.current = edit(latest.current);
    void store(latest.current);
  };

  const store = async (next: PreExportSettingsInput) => {
    try {
      const { settings: stored } = await host.updateSettings({ preExport: next });
      setProblem(null);
      useStoredCheckSettings.setState({ preExport: stored.preExport });
      onChange(stored.preExport);
    } catch (error) {
      setProblem(`The check settings could not be saved. ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="check-settings">
      <table className="check-settings-table">
        <caption className="visually-hidden">What each check does</caption>
        <tbody>
          {PRE_EXPORT_CHECK_IDS.map((check) => (
            <tr key={check}>
              <th scope="row">
                <label htmlFor={`${id}-${check}`}>{CHECK_LABELS[check]}</label>
              </th>
              <td>
                <select
                  id={`${id}-${check}`}
                  className="check-severity"
                  value={severities[check] ?? DEFAULT_CHECK_SEVERITIES[check]}
                  onChange={(event) => {
                    const severity = event.target.value as CheckSeveritySetting;
                    change((current) => ({ ...current, severities: { ...current.severities, [check]: severity } }));
                  }}
                >
                  {(Object.keys(SEVERITY_LABELS) as CheckSeveritySetting[]).map((severity) => (
                    <option key={severity} value={severity}>
                      {SEVERITY_LABELS[severity]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="check-budgets">
        <legend>Headline budgets (characters; empty for none)</legend>
        {MEDIA.map(([medium, label]) => {
          const value = medium in budgets ? budgets[medium] : DEFAULT_HEADLINE_BUDGETS[medium];
          return (
            <label key={medium} className="check-budget">
              <span>{label}</span>
              <input
                type="number"
                min={1}
                step={1}
                inputMode="numeric"
                className="field-input"
                aria-label={`${label} headline budget`}
                defaultValue={value ?? ''}
                onChange={(event) => {
                  const typed = event.target.value.trim();
                  const budget = typed === '' ? null : Number(typed);
                  if (budget !== null && !(Number.isInteger(budget) && budget > 0)) return;
                  change((current) => ({ ...current, headlineBudgets: { ...current.headlineBudgets, [medium]: budget } }));
                }}
              />
            </label>
          );
        })}
      </fieldset>
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
