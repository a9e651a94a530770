import { useRef, useState } from 'react';
import { attachedLeadImage, isRemoteLeadImage, type LeadImage, type RemoteLeadImage } from '../../../core/article/article-schema';
import { useArticleStore } from '../store/article-store';
import { TextField } from './TextField';
import { draftAssetUrl } from './draft-assets';
import { host } from '../host';
import { CommentedField, FieldCommentMarker } from '../review/CommentedField';
import { StyleMarkedField } from '../style/StyleMarkedField';
import { useShownValue } from '../review/shown-field';

function describeImage(image: Pick<LeadImage, 'width' | 'height'> & { mediaType?: string }): string {
  const kind = (image.mediaType ?? '').replace(/^image\//, '').toUpperCase();
  const size = image.width && image.height ? `${image.width} × ${image.height} px` : '';
  return [size, kind].filter(Boolean).join(' · ');
}

/** A wire picture known only by its address: what it is, where it is, and that its file is still to come. */
function RemotePicture({ image }: { image: RemoteLeadImage }) {
  const facts = describeImage(image);
  return (
    <div className="lead-image lead-image-remote" role="group" aria-label="Picture at the agency">
      <div className="lead-image-placeholder" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <circle cx="9" cy="10" r="1.6" />
          <path d="m21 16-5-5-8 8" />
        </svg>
      </div>
      <div className="lead-image-remote-text">
        <p className="lead-image-remote-title">Picture at the agency — not attached</p>
        {facts && <p className="lead-image-facts">{facts}</p>}
        <p className="lead-image-remote-where" dir="ltr">
          {image.remote.href || image.remote.uri}
        </p>
      </div>
    </div>
  );
}

export function LeadImageField() {
  const draftId = useArticleStore((state) => state.metadata.id);
  const image = useArticleStore((state) => state.metadata.leadImage);
  const { setLeadImage, updateLeadImageText, removeLeadImage } = useArticleStore.getState();
  const [problem, setProblem] = useState<string | null>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const remote = image && isRemoteLeadImage(image) ? image : null;
  const attached = attachedLeadImage(image);
  const altText = useShownValue('leadImage.altText', image?.altText ?? '');
  const caption = useShownValue('leadImage.caption', image?.caption ?? '');
  const credit = useShownValue('leadImage.credit', image?.credit ?? '');

  const choose = async () => {
    try {
      const picked = await host.pickLeadImage({ draftId });
      // The caption, credit and alt text already written (or sent by the wire) stay with the new file.
      if (picked) setLeadImage(picked);
      setProblem(null);
    } catch (error) {
      setProblem(`The image could not be added. ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <fieldset className="panel-group">
      <legend className="panel-legend">Lead image</legend>
      {remote ? (
        <RemotePicture image={remote} />
      ) : attached ? (
        <div className="lead-image">
          {/* A thumbnail beside the fields; the article column shows the picture with its alt text. */}
          <img src={draftAssetUrl(draftId, attached.file)} alt="" width={attached.width} height={attached.height} />
          <p className="lead-image-facts">{describeImage(attached)}</p>
        </div>
      ) : (
        <p className="field-hint">No lead image.</p>
      )}
      {remote && <p className="field-hint">The wire sent only the picture’s address. Attach its file to export it; the caption and credit stay.</p>}
      <div className="button-row">
        <button ref={chooseRef} type="button" className={remote ? 'button button-small button-primary' : 'button button-small'} onClick={() => void choose()}>
          {remote ? 'Attach the picture file…' : image ? 'Replace image…' : 'Choose image…'}
        </button>
        {image && (
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => {
              removeLeadImage();
              chooseRef.current?.focus();
            }}
          >
            Remove image
          </button>
        )}
      </div>
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
      {image && (
        <>
          <TextField
            label="Alt text"
            reviewField="leadImage.altText"
            value={altText}
            multiline
            hint="What the picture shows, for people who cannot see it."
            onChange={(value) => updateLeadImageText('altText', value)}
            decorateControl={(control, controlClassName) => (
              <StyleMarkedField field="leadImage.altText" value={altText} controlClassName={controlClassName}>
                {control}
              </StyleMarkedField>
            )}
          />
          <TextField
            label="Caption"
            reviewField="leadImage.caption"
            value={caption}
            multiline
            onChange={(value) => updateLeadImageText('caption', value)}
            labelAside={<FieldCommentMarker field="leadImage.caption" value={caption} />}
            decorateControl={(control, controlClassName) => (
              <CommentedField field="leadImage.caption" value={caption} controlClassName={controlClassName}>
                <StyleMarkedField field="leadImage.caption" value={caption} controlClassName={controlClassName}>
                  {control}
                </StyleMarkedField>
              </CommentedField>
            )}
          />
          <TextField label="Credit" reviewField="leadImage.credit" value={credit} onChange={(value) => updateLeadImageText('credit', value)} />
        </>
      )}
    </fieldset>
  );
}
