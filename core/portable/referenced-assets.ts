import { attachedLeadImage, type Article, type SerializedBodyNode } from '../article/article-schema';
import { bodyImage, isImage } from '../blocks/image';

/** The draft files an article shows: its lead image and every inline image of the body, each once. */
export function referencedAssets(article: Article): string[] {
  const files = new Set<string>();
  const leadImage = attachedLeadImage(article.leadImage);
  if (leadImage) files.add(leadImage.file);
  const visit = (node: SerializedBodyNode): void => {
    if (isImage(node)) {
      const { file } = bodyImage(node);
      if (file) files.add(file);
    }
    node.children?.forEach(visit);
  };
  article.body.root.children.forEach(visit);
  return [...files];
}
