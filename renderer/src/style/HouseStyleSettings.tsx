import './house-style-editor.css';
import { useState } from 'react';
import { host } from '../host';
import { HouseStyleEditor } from './HouseStyleEditor';
import { saveHouseStyle, useStyleStore } from './style-store';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Settings ▸ House style: which style is in force, and editing, importing, exporting or resetting it. */
export function HouseStyleSettings() {
  const style = useStyleStore((state) => state.houseStyle);
  const custom = useStyleStore((state) => state.custom);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const run = async (action: () => Promise<string | null>, failure: string) => {
    setNotice(null);
    try {
      const done = await action();
      if (done) setNotice({ tone: 'ok', text: done });
    } catch (error) {
      setNotice({ tone: 'error', text: `${failure} ${describe(error)}` });
    }
  };

  if (!style) return <p className="settings-hint">Reading the house style…</p>;
  /** Each action says what it did, or null when the user cancelled its dialog. */
  const actions: Array<{ label: string; quiet?: boolean; act(): Promise<string | null>; failure: string }> = [
    {
      label: 'Import…',
      act: async () => {
        const imported = await host.importHouseStyle({});
        if (!imported) return null;
        useStyleStore.getState().setHouseStyle(imported);
        return `Imported “${imported.style.name}”.`;
      },
      failure: 'The style file was not imported.',
    },
    {
      label: 'Export…',
      act: async () => {
        const exported = await host.exportHouseStyle({});
        return exported ? `Exported the house style to ${exported.file}.` : null;
      },
      failure: 'The house style was not exported.',
    },
    ...(custom
      ? [
          {
            label: 'Use the default',
            quiet: true,
            act: async () => {
              await saveHouseStyle(null);
              return 'Back to the default house style.';
            },
            failure: 'The default style could not be restored.',
          },
        ]
      : []),
  ];
  const counts = `${style.spellings.length} preferred ${style.spellings.length === 1 ? 'spelling' : 'spellings'}, ${style.glossary.length} acronyms, ${style.ignored.length} always ignored`;

  return (
    <div className="house-style-settings">
      <p className="house-style-current">
        <span>
          <strong>{style.name}</strong>
          {custom ? '' : ' (the default that comes with Copydesk)'}
        </span>
        <span className="settings-hint">{counts}</span>
      </p>
      <div className="house-style-buttons">
        <button type="button" className="button button-small" onClick={() => setEditing(true)}>
          Edit house style…
        </button>
        {actions.map(({ label, quiet, act, failure }) => (
          <button key={label} type="button" className={quiet ? 'button button-small button-quiet' : 'button button-small'} onClick={() => void run(act, failure)}>
            {label}
          </button>
        ))}
      </div>
      {notice && (
        <p role={notice.tone === 'error' ? 'alert' : 'status'} className={notice.tone === 'error' ? 'field-problem' : 'settings-hint'}>
          {notice.text}
        </p>
      )}
      {editing && (
        <HouseStyleEditor
          style={style}
          onSave={async (edited) => {
            await saveHouseStyle(edited);
            setNotice({ tone: 'ok', text: 'Saved the house style.' });
          }}
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  );
}
