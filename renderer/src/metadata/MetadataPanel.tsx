import { useArticleStore } from '../store/article-store';
import { SlugField } from './SlugField';
import { BylinesField } from './BylinesField';
import { LeadImageField } from './LeadImageField';
import { RelatedLinksField } from './RelatedLinksField';
import { TagsField } from './TagsField';
import { TextField } from './TextField';
import { SubjectsField } from './SubjectsField';
import { WireProvenance } from './WireProvenance';
import { useShownValue } from '../review/shown-field';

/** Everything about the story that is not its copy. */
export function MetadataPanel() {
  const dateline = useShownValue('dateline', useArticleStore((state) => state.metadata.dateline));
  const editorsNote = useShownValue('editorsNote', useArticleStore((state) => state.metadata.editorsNote));
  const agencyCredit = useShownValue('agencyCredit', useArticleStore((state) => state.metadata.agencyCredit));
  const { setText } = useArticleStore.getState();

  return (
    <aside className="metadata-panel" aria-label="Article details">
      <WireProvenance />
      <SlugField />
      <BylinesField />
      <TextField
        label="Agency credit"
        reviewField="agencyCredit"
        value={agencyCredit}
        placeholder="e.g. dpa, AP"
        hint="A news agency credited with the story; not a person."
        onChange={(value) => setText('agencyCredit', value)}
      />
      <TextField label="Dateline" reviewField="dateline" value={dateline} placeholder="Place filed from, e.g. NAIROBI" onChange={(value) => setText('dateline', value)} />
      <LeadImageField />
      <RelatedLinksField />
      <TagsField />
      <SubjectsField />
      <TextField
        label="Editor’s note"
        className="editors-note"
        reviewField="editorsNote"
        value={editorsNote}
        multiline
        hint="Internal — never exported."
        onChange={(value) => setText('editorsNote', value)}
      />
    </aside>
  );
}
