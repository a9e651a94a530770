import type { Byline, LeadImage, RelatedLink } from '../article/article-schema';
import { pictureMediaType } from '../blocks/image';
import { LEAD_IMAGE_CLASS, RELATED_LINKS_CLASS } from '../export/html-document';
import { checkUrl } from '../text/url-allowlist';
import { figureImage, type HtmlPicture } from './html-blocks';
import { attribute, elementsUnder, hasClass, isElement, textContent, type HtmlElement, type HtmlParent } from './html-tree';

/**
 * The parts of an article page that are fields, not body text, as our full HTML export writes them
 * (core/export/html-document.ts): the header's kicker, standfirst, bylines and dateline, the lead
 * picture's figure, and the related links' aside. A page from elsewhere that has none of them is
 * left as it is.
 */

export interface HeaderFields {
  section: string;
  standfirst: string;
  bylines: Byline[];
  dateline: string;
  agencyCredit: string;
}

/** Text on one line, white space collapsed as a browser lays it out. */
function oneLine(element: HtmlElement | undefined): string {
  return element ? textContent(element).replace(/[\t\n\f\r ]+/g, ' ').trim() : '';
}

function withClass(root: HtmlParent, tagName: string, className: string): HtmlElement | undefined {
  const pattern = new RegExp(`^${className}$`);
  return elementsUnder(root).find((element) => element.tagName === tagName && hasClass(element, pattern));
}

/** What the story's <header> says besides the headline; empty fields where it says nothing. */
export function headerFields(header: HtmlElement | undefined): HeaderFields {
  if (!header) return { section: '', standfirst: '', bylines: [], dateline: '', agencyCredit: '' };
  const bylines = elementsUnder(header)
    .filter((element) => element.tagName === 'span' && hasClass(element, /^byline$/))
    .map((byline) => ({ name: oneLine(withClass(byline, 'span', 'byline-name')), role: oneLine(withClass(byline, 'span', 'byline-role')) }))
    .filter((byline) => byline.name !== '');
  return {
    section: oneLine(withClass(header, 'p', 'kicker')),
    standfirst: oneLine(withClass(header, 'p', 'standfirst')),
    bylines,
    dateline: oneLine(withClass(header, 'span', 'dateline-place')),
    // Written “(AFP)” after bylines, bare without them.
    agencyCredit: oneLine(withClass(header, 'span', 'agency-credit')).replace(/^\((.*)\)$/, '$1'),
  };
}

/** The related links' list items that link somewhere on the allowlist. */
function relatedLinksOf(aside: HtmlElement): RelatedLink[] {
  return elementsUnder(aside).flatMap((element) => {
    if (element.tagName !== 'a') return [];
    const checked = checkUrl(attribute(element, 'href') ?? '');
    if (!checked.ok) return [];
    const title = oneLine(element);
    return [{ title: title === checked.url ? '' : title, url: checked.url }];
  });
}

/**
 * The lead picture (the figure marked as ours, whose file could be brought in) and the related
 * links, and the story without them, which is the body.
 */
export function storyFields(story: HtmlParent, pictureFile: (picture: HtmlPicture) => string | null): { story: HtmlParent; leadImage: LeadImage | null; relatedLinks: RelatedLink[] } {
  const children = story.childNodes.filter(isElement);
  const leadFigure = children.find((child) => child.tagName === 'figure' && hasClass(child, new RegExp(`^${LEAD_IMAGE_CLASS}$`)));
  const related = children.find((child) => child.tagName === 'aside' && hasClass(child, new RegExp(`^${RELATED_LINKS_CLASS}$`)));
  const picture = leadFigure ? figureImage(leadFigure, pictureFile) : null;
  const mediaType = picture ? pictureMediaType(picture.file) : undefined;
  const leadImage: LeadImage | null =
    picture && mediaType
      ? {
          file: picture.file,
          mediaType,
          altText: picture.altText,
          caption: picture.caption,
          credit: picture.credit,
          ...(picture.width ? { width: picture.width } : {}),
          ...(picture.height ? { height: picture.height } : {}),
        }
      : null;
  // A lead picture that cannot be brought in stays in the body, where its caption and credit are kept as text.
  const taken = new Set<HtmlElement>([...(leadImage && leadFigure ? [leadFigure] : []), ...(related ? [related] : [])]);
  return {
    story: { ...story, childNodes: story.childNodes.filter((child) => !(isElement(child) && taken.has(child))) },
    leadImage,
    relatedLinks: related ? relatedLinksOf(related) : [],
  };
}
