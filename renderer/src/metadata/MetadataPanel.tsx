import { useArticleStore } from '../store/article-store';
import { SlugField } from './SlugField';
import { BylinesField } from './BylinesField';
import { LeadImageField } from './LeadImageField';
import { RelatedLinksField } from './RelatedLinksField';
import { TagsField } from './TagsField';
import { TextField } from './TextField';

/** Everything about the story that is not its copy. */
export function MetadataPanel() {
  const dateline = useArticleStore((state) => state.metadata.dateline);
  const editorsNote = useArticleStore((state) => state.metadata.editorsNote);
  const { setText } = useArticleStore.getState();

  return (
    <aside className="metadata-panel" aria-label="Article details">
      <SlugField />
      <BylinesField />
      <TextField label="Dateline" value={dateline} placeholder="Place filed from, e.g. NAIROBI" onChange={(value) => setText('dateline', value)} />
      <LeadImageField />
      <RelatedLinksField />
      <TagsField />
      <TextField
        label="Editor’s note"
        className="editors-note"
        value={editorsNote}
        multiline
        hint="Internal — never exported."
        onChange={(value) => setText('editorsNote', value)}
      />
    </aside>
  );
}
