import { useRef, useState } from 'react';
import { attachedLeadImage, type LeadImage } from '../../../core/article/article-schema';
import { useArticleStore } from '../store/article-store';
import { TextField } from './TextField';
import { draftAssetUrl } from './draft-assets';
import { host } from '../host';

function describeImage(image: LeadImage): string {
  const kind = image.mediaType.replace(/^image\//, '').toUpperCase();
  return image.width && image.height ? `${image.width} × ${image.height} px · ${kind}` : kind;
}

export function LeadImageField() {
  const draftId = useArticleStore((state) => state.metadata.id);
  const image = useArticleStore((state) => state.metadata.leadImage);
  const attached = attachedLeadImage(image);
  const { setLeadImage, updateLeadImageText, removeLeadImage } = useArticleStore.getState();
  const [problem, setProblem] = useState<string | null>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);

  const choose = async () => {
    try {
      const picked = await host.pickLeadImage({ draftId });
      if (picked) setLeadImage(picked);
      setProblem(null);
    } catch (error) {
      setProblem(`The image could not be added. ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <fieldset className="panel-group">
      <legend className="panel-legend">Lead image</legend>
      {attached ? (
        <div className="lead-image">
          {/* A thumbnail beside the fields; the article column shows the picture with its alt text. */}
          <img src={draftAssetUrl(draftId, attached.file)} alt="" width={attached.width} height={attached.height} />
          <p className="lead-image-facts">{describeImage(attached)}</p>
        </div>
      ) : (
        <p className="field-hint">No lead image.</p>
      )}
      <div className="button-row">
        <button ref={chooseRef} type="button" className="button button-small" onClick={() => void choose()}>
          {image ? 'Replace image…' : 'Choose image…'}
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
            value={image.altText}
            multiline
            hint="What the picture shows, for people who cannot see it."
            onChange={(value) => updateLeadImageText('altText', value)}
          />
          <TextField label="Caption" value={image.caption} multiline onChange={(value) => updateLeadImageText('caption', value)} />
          <TextField label="Credit" value={image.credit} onChange={(value) => updateLeadImageText('credit', value)} />
        </>
      )}
    </fieldset>
  );
}
