import { useId, useRef, useState } from 'react';
import { HouseStyleError, parseHouseStyle, STYLE_RULE_IDS, type HouseStyle, type StyleRuleId, type StyleSeverity } from '../../../core/style/style-file';
import { useModalDialog } from '../recovery/use-modal-dialog';
import { describeFormProblem, formFromStyle, styleFromForm, type GlossaryRow, type HouseStyleForm, type SpellingRow } from './house-style-form';
import { STYLE_RULE_LABELS } from './style-labels';
import { styleSettings } from '../../../core/style/rule-settings';

const SEVERITY_LABELS: Readonly<Record<StyleSeverity, string>> = { warning: 'Warning', suggestion: 'Suggestion', off: 'Off' };
/** Glossary rows shown at once; the filter finds the rest. */
const GLOSSARY_SHOWN = 40;

interface Problem {
  where: string;
  message: string;
  control: string;
}

interface HouseStyleEditorProps {
  style: HouseStyle;
  /** Saves a valid style; rejects with the host's reason. */
  onSave(style: HouseStyle): Promise<void>;
  onClose(): void;
}

/**
 * Settings ▸ House style ▸ Edit: the style file as a form — name, each rule's severity and options,
 * preferred spellings and banned words, the acronym glossary and the always-ignored findings.
 * Saving validates the whole file with the style file's own schema; each problem names its field.
 */
export function HouseStyleEditor({ style, onSave, onClose }: HouseStyleEditorProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [form, setForm] = useState<HouseStyleForm>(() => formFromStyle(style));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [filter, setFilter] = useState('');
  const problemsRef = useRef<HTMLDivElement>(null);
  useModalDialog(dialogRef, onClose);

  const change = (edit: Partial<HouseStyleForm>) => setForm((current) => ({ ...current, ...edit }));
  const editSpelling = (index: number, edit: Partial<SpellingRow>) => change({ spellings: form.spellings.map((row, at) => (at === index ? { ...row, ...edit } : row)) });
  const editGlossary = (index: number, edit: Partial<GlossaryRow>) => change({ glossary: form.glossary.map((row, at) => (at === index ? { ...row, ...edit } : row)) });
  const problemFor = (control: string) => problems.find((problem) => problem.control === control);
  /** Props that tie an input to its problem, if it has one. */
  const invalid = (control: string) => {
    const problem = problemFor(control);
    return problem ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem-${problems.indexOf(problem)}` } : {};
  };

  const save = async () => {
    setSaveProblem(null);
    let valid: HouseStyle;
    try {
      valid = parseHouseStyle(styleFromForm(form), 'The house style');
    } catch (error) {
      if (!(error instanceof HouseStyleError)) throw error;
      setProblems(error.problems.map((problem) => ({ ...describeFormProblem(problem, form), message: problem.message })));
      requestAnimationFrame(() => problemsRef.current?.focus());
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      await onSave(valid);
      onClose();
    } catch (error) {
      setSaveProblem(`The house style could not be saved. ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  };

  const needle = filter.trim().toLowerCase();
  // What “Default” means for each rule: its severity when the file sets none.
  const defaults = styleSettings({ ...style, rules: {} }).severity;
  const glossaryMatches = form.glossary.map((row, index) => ({ row, index })).filter(({ row }) => !needle || row.acronym.toLowerCase().includes(needle) || row.expansion.toLowerCase().includes(needle));
  const glossaryShown = glossaryMatches.slice(0, GLOSSARY_SHOWN);

  return (
    <dialog ref={dialogRef} className="open-dialog house-style-editor" aria-labelledby={`${id}-title`}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>Edit house style</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <form
        className="house-style-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="house-style-body">
          {problems.length > 0 && (
            <div ref={problemsRef} tabIndex={-1} role="alert" className="house-style-problems">
              <p>The house style was not saved. Fix {problems.length === 1 ? 'this field' : `these ${problems.length} fields`}:</p>
              <ul>
                {problems.map((problem, index) => (
                  <li key={index} id={`${id}-problem-${index}`}>
                    <strong>{problem.where}</strong>: {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          )}

          <section className="house-style-section" aria-labelledby={`${id}-about`}>
            <h3 id={`${id}-about`}>About</h3>
            <label className="house-style-row">
              <span>Name</span>
              <input className="field-input" value={form.name} onChange={(event) => change({ name: event.target.value })} {...invalid('name')} />
            </label>
            <label className="house-style-row">
              <span>Description</span>
              <textarea className="field-input" rows={2} value={form.description} onChange={(event) => change({ description: event.target.value })} {...invalid('description')} />
            </label>
          </section>

          <section className="house-style-section" aria-labelledby={`${id}-rules`}>
            <h3 id={`${id}-rules`}>Rules</h3>
            <table className="house-style-table house-style-rules">
              <caption className="visually-hidden">How each rule shows</caption>
              <tbody>
                {STYLE_RULE_IDS.map((rule) => (
                  <tr key={rule}>
                    <th scope="row">
                      <label htmlFor={`${id}-rule-${rule}`}>{STYLE_RULE_LABELS[rule]}</label>
                    </th>
                    <td>
                      <select
                        id={`${id}-rule-${rule}`}
                        className="check-severity"
                        value={form.severity[rule] ?? ''}
                        onChange={(event) => change({ severity: { ...form.severity, [rule]: (event.target.value || undefined) as StyleSeverity | undefined } })}
                      >
                        <option value="">Default ({SEVERITY_LABELS[defaults[rule]]})</option>
                        {(Object.keys(SEVERITY_LABELS) as StyleSeverity[]).map((severity) => (
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
            <div className="house-style-options">
              <label className="house-style-row house-style-row-short">
                <span>Spell out whole numbers up to</span>
                <input className="field-input" inputMode="numeric" value={form.spellOutUpTo} onChange={(event) => change({ spellOutUpTo: event.target.value })} {...invalid('rules.numbers.spellOutUpTo')} />
              </label>
              <label className="house-style-row house-style-row-short">
                <span>Shortest name compared (letters)</span>
                <input className="field-input" inputMode="numeric" value={form.shortestName} onChange={(event) => change({ shortestName: event.target.value })} {...invalid('rules.name-consistency.shortestName')} />
              </label>
              <label className="house-style-row house-style-row-short">
                <span>Morning and evening</span>
                <select className="field-input" value={form.timeMarker} onChange={(event) => change({ timeMarker: event.target.value as HouseStyleForm['timeMarker'] })}>
                  <option value="a.m.">a.m. / p.m.</option>
                  <option value="am">am / pm</option>
                  <option value="AM">AM / PM</option>
                </select>
              </label>
              <label className="house-style-row house-style-row-short">
                <span>Dash between clauses</span>
                <select className="field-input" value={form.dashStyle} onChange={(event) => change({ dashStyle: event.target.value as HouseStyleForm['dashStyle'] })}>
                  <option value="spaced-em">Spaced em dash (a — b)</option>
                  <option value="spaced-en">Spaced en dash (a – b)</option>
                  <option value="closed-em">Closed em dash (a—b)</option>
                </select>
              </label>
              <label className="house-style-check">
                <input type="checkbox" checked={form.timeSpace} onChange={(event) => change({ timeSpace: event.target.checked })} />
                Space before the marker (5 p.m., not 5p.m.)
              </label>
              <label className="house-style-check">
                <input type="checkbox" checked={form.ordinals} onChange={(event) => change({ ordinals: event.target.checked })} />
                Ordinals in dates (May 3rd, not May 3)
              </label>
              <label className="house-style-row">
                <span>Words that may repeat (comma-separated; empty for the defaults)</span>
                <input className="field-input" value={form.allowedRepeats} onChange={(event) => change({ allowedRepeats: event.target.value })} {...invalid('rules.repeated-word.allowed')} />
              </label>
            </div>
          </section>

          <section className="house-style-section" aria-labelledby={`${id}-spellings`}>
            <h3 id={`${id}-spellings`}>Preferred spellings and banned words</h3>
            <p className="settings-hint">Leave “Use instead” empty for a word the house does not use at all.</p>
            <table className="house-style-table">
              <caption className="visually-hidden">Preferred spellings</caption>
              <thead>
                <tr>
                  <th scope="col">Avoid (comma-separated)</th>
                  <th scope="col">Use instead</th>
                  <th scope="col">Why</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {form.spellings.map((row, index) => (
                  <tr key={index}>
                    <td>
                      <input className="field-input" aria-label={`Avoid, spelling ${index + 1}`} value={row.avoid} onChange={(event) => editSpelling(index, { avoid: event.target.value })} {...invalid(`spellings.${index}.avoid`)} />
                    </td>
                    <td>
                      <input className="field-input" aria-label={`Use instead, spelling ${index + 1}`} placeholder="Not used at all" value={row.use} onChange={(event) => editSpelling(index, { use: event.target.value })} {...invalid(`spellings.${index}.use`)} />
                    </td>
                    <td>
                      <input className="field-input" aria-label={`Why, spelling ${index + 1}`} value={row.why} onChange={(event) => editSpelling(index, { why: event.target.value })} {...invalid(`spellings.${index}.why`)} />
                    </td>
                    <td>
                      <RemoveButton label={`Remove spelling ${index + 1}`} onRemove={() => change({ spellings: form.spellings.filter((_, at) => at !== index) })} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" className="button button-small" onClick={() => change({ spellings: [...form.spellings, { avoid: '', use: '', why: '' }] })}>
              Add spelling
            </button>
          </section>

          <section className="house-style-section" aria-labelledby={`${id}-glossary`}>
            <h3 id={`${id}-glossary`}>Acronym glossary</h3>
            <div className="house-style-glossary-tools">
              <label className="house-style-row house-style-row-short">
                <span>Find in the glossary</span>
                <input type="search" className="field-input" value={filter} onChange={(event) => setFilter(event.target.value)} />
              </label>
              <p className="settings-hint" aria-live="polite">
                {glossaryMatches.length > glossaryShown.length ? `Showing ${glossaryShown.length} of ${glossaryMatches.length}; type to find others.` : `${glossaryMatches.length} of ${form.glossary.length} acronyms.`}
              </p>
            </div>
            <table className="house-style-table">
              <caption className="visually-hidden">Acronym glossary</caption>
              <thead>
                <tr>
                  <th scope="col">Acronym</th>
                  <th scope="col">Spelled out</th>
                  <th scope="col">Well known</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {glossaryShown.map(({ row, index }) => (
                  <tr key={index}>
                    <td className="house-style-acronym">
                      <input className="field-input" aria-label={`Acronym, glossary row ${index + 1}`} value={row.acronym} onChange={(event) => editGlossary(index, { acronym: event.target.value })} {...invalid(`glossary.${index}.acronym`)} />
                    </td>
                    <td>
                      <input className="field-input" aria-label={`Spelled out, glossary row ${index + 1}`} value={row.expansion} onChange={(event) => editGlossary(index, { expansion: event.target.value })} {...invalid(`glossary.${index}.expansion`)} />
                    </td>
                    <td className="house-style-center">
                      <input type="checkbox" aria-label={`Well known, glossary row ${index + 1}`} checked={row.wellKnown} onChange={(event) => editGlossary(index, { wellKnown: event.target.checked })} />
                    </td>
                    <td>
                      <RemoveButton label={`Remove glossary row ${index + 1}`} onRemove={() => change({ glossary: form.glossary.filter((_, at) => at !== index) })} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setFilter('');
                change({ glossary: [{ acronym: '', expansion: '', wellKnown: false }, ...form.glossary] });
              }}
            >
              Add acronym
            </button>
          </section>

          <section className="house-style-section" aria-labelledby={`${id}-ignored`}>
            <h3 id={`${id}-ignored`}>Always ignored</h3>
            {form.ignored.length === 0 ? (
              <p className="settings-hint">Nothing yet. “Ignore always” in the Style panel adds a finding here.</p>
            ) : (
              <ul className="house-style-ignored">
                {form.ignored.map((entry, index) => (
                  <li key={index}>
                    <span>
                      <span className="house-style-rule">{STYLE_RULE_LABELS[entry.rule as StyleRuleId]}</span> “{entry.text}”
                    </span>
                    <button type="button" className="button button-small button-quiet" aria-label={`Stop ignoring “${entry.text}”`} onClick={() => change({ ignored: form.ignored.filter((_, at) => at !== index) })}>
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        {saveProblem && (
          <p role="alert" className="field-problem house-style-save-problem">
            {saveProblem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save house style'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function RemoveButton({ label, onRemove }: { label: string; onRemove(): void }) {
  return (
    <button type="button" className="button button-small button-quiet" aria-label={label} onClick={onRemove}>
      Remove
    </button>
  );
}
