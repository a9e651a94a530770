import { attachedLeadImage } from '../../../core/article/article-schema';
import { useArticleStore } from '../store/article-store';
import { draftAssetUrl } from './draft-assets';

const andList = new Intl.ListFormat('en', { type: 'conjunction' });

/** Byline, dateline and lead image as the reader will see them; edited in the side panel. */
export function ArticlePreview() {
  const draftId = useArticleStore((state) => state.metadata.id);
  const bylines = useArticleStore((state) => state.metadata.bylines);
  const dateline = useArticleStore((state) => state.metadata.dateline);
  const image = attachedLeadImage(useArticleStore((state) => state.metadata.leadImage));
  const names = bylines.map((byline) => byline.name.trim()).filter(Boolean);

  return (
    <>
      {(names.length > 0 || dateline.trim()) && (
        <p className="article-byline">
          {names.length > 0 && (
            <span>
              By{' '}
              {andList.formatToParts(names).map((part, index) =>
                part.type === 'element' ? (
                  <bdi key={index} className="article-byline-name">
                    {part.value}
                  </bdi>
                ) : (
                  <span key={index}>{part.value}</span>
                ),
              )}
            </span>
          )}
          {dateline.trim() && <bdi className="article-dateline">{dateline}</bdi>}
        </p>
      )}
      {image && (
        <figure className="article-figure">
          <img src={draftAssetUrl(draftId, image.file)} alt={image.altText} width={image.width} height={image.height} />
          {(image.caption.trim() || image.credit.trim()) && (
            <figcaption>
              <bdi>{image.caption}</bdi> {image.credit.trim() && <bdi className="article-figure-credit">{image.credit}</bdi>}
            </figcaption>
          )}
        </figure>
      )}
    </>
  );
}
