import type { Provenance } from '../../../core/article/article-schema';
import { displayTime } from '../../../core/export/credits';
import { useArticleStore } from '../store/article-store';

/** “3 · high” for urgency 3: the wire's 1 (flash) to 9 (lowest). */
function urgencyWords(urgency: number): string {
  const level = urgency <= 2 ? 'top' : urgency <= 4 ? 'high' : urgency <= 6 ? 'normal' : 'low';
  return `${urgency} of 9 · ${level}`;
}

function rows(provenance: Provenance, language: string): [string, string][] {
  const time = (value: string | null) => (value ? displayTime(value, language) : '');
  const all: [string, string][] = [
    ['Agency', provenance.agency],
    ['First filed', time(provenance.firstCreated)],
    ['This version', [time(provenance.versionCreated), provenance.version ? `version ${provenance.version}` : ''].filter(Boolean).join(' · ')],
    ['Urgency', provenance.urgency === null ? '' : urgencyWords(provenance.urgency)],
    ['Copyright', [provenance.copyrightNotice, provenance.copyrightHolder && !provenance.copyrightNotice.includes(provenance.copyrightHolder) ? provenance.copyrightHolder : ''].filter(Boolean).join(' · ')],
    ['Usage terms', provenance.usageTerms],
    ['Wire item', provenance.uri],
    ['Format', provenance.format],
  ];
  return all.filter(([, value]) => value.trim() !== '');
}

/** Where an imported wire story came from, as the wire said: read-only, exported with the article. */
export function WireProvenance() {
  const provenance = useArticleStore((state) => state.metadata.provenance);
  const language = useArticleStore((state) => state.metadata.language);
  if (!provenance) return null;
  return (
    <section className="panel-group wire-provenance" aria-labelledby="wire-provenance-heading">
      <h2 id="wire-provenance-heading" className="panel-legend">
        From the wire
      </h2>
      <dl className="wire-facts">
        {rows(provenance, language).map(([term, value]) => (
          <div key={term} className="wire-fact">
            <dt>{term}</dt>
            <dd dir="auto" className={term === 'Wire item' ? 'wire-uri' : undefined}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="field-hint">As the agency sent it. Exported with the article.</p>
    </section>
  );
}
