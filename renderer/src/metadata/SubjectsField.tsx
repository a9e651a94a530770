import type { Subject } from '../../../core/article/article-schema';
import { useArticleStore } from '../store/article-store';

const KIND_LABELS: Readonly<Record<Subject['kind'], string>> = { subject: 'Subject', place: 'Place', organisation: 'Organisation', person: 'Person', event: 'Event' };

/** Subjects, places, organisations and people the wire coded, with their codes; removable, exported with them. */
export function SubjectsField() {
  const subjects = useArticleStore((state) => state.metadata.subjects);
  const { removeSubject } = useArticleStore.getState();
  if (subjects.length === 0) return null;
  return (
    <section className="panel-group" aria-labelledby="subjects-heading">
      <h2 id="subjects-heading" className="panel-legend">
        Subjects and names
      </h2>
      <ul className="subject-list" aria-labelledby="subjects-heading">
        {subjects.map((subject, index) => {
          const code = subject.code || subject.uri;
          return (
            <li key={`${subject.kind}:${subject.name}:${code}`} className="subject-row">
              <span className="subject-kind">{KIND_LABELS[subject.kind]}</span>
              <span className="subject-name" dir="auto">
                {subject.name}
              </span>
              {code && (
                <code className="subject-code" title={subject.uri || undefined}>
                  {code}
                </code>
              )}
              <button type="button" className="tag-remove" aria-label={`Remove ${KIND_LABELS[subject.kind].toLowerCase()} ${subject.name}`} onClick={() => removeSubject(index)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="field-hint">From the wire, with their vocabulary codes.</p>
    </section>
  );
}
