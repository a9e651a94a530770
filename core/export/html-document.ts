import { attachedLeadImage, type Article, type LeadImage } from '../article/article-schema';
import { articleAsPublished } from '../review/published-article';
import { checkUrl } from '../text/url-allowlist';
import { figureHtml } from '../blocks/image';
import { bodyToHtml } from './body-html';
import { escapeHtmlAttribute, escapeHtmlText } from './escape';
import { DOCUMENT_STYLESHEET, DOCUMENT_STYLESHEET_SHA256 } from './html-document-style';
import { IMAGES_BESIDE_EXPORT, imageSrc, type ImageSource } from './image-source';
import { articleJsonLd, scriptSafeJson } from './json-ld';
import { copyrightLine, creditedBylines, displayTime, shownTimestamp } from './credits';
import { textDirection } from './language-direction';

export interface HtmlDocumentOptions {
  /** Where image src point: `assets/…` beside the export (default), another base, or embedded bytes. */
  images?: ImageSource;
  /** Heading over the related links. Default: “More on <section>”, or “Related” without a section. */
  relatedHeading?: string;
}

/**
 * The page's own policy: nothing loads but images and the one embedded stylesheet; no script runs
 * (the JSON-LD block is data, which CSP does not govern).
 */
export const DOCUMENT_CSP = [
  "default-src 'none'",
  "img-src 'self' data: https: http:",
  `style-src 'sha256-${DOCUMENT_STYLESHEET_SHA256}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * A standalone, valid HTML5 document for an article, its main content: header (kicker, headline, standfirst, bylines,
 * dateline, time), lead image, body, related links, and schema.org NewsArticle JSON-LD.
 * The editor's note is never included.
 */
export function articleToHtmlDocument(stored: Article, options: HtmlDocumentOptions = {}): string {
  const article = articleAsPublished(stored);
  const images = options.images ?? IMAGES_BESIDE_EXPORT;
  const lang = escapeHtmlAttribute(article.language);
  const dir = textDirection(article.language);
  const leadImage = attachedLeadImage(article.leadImage);
  const leadImageSrc = leadImage ? imageSrc(leadImage.file, images) : null;
  const jsonLd = articleJsonLd(article, { leadImageUrl: images.mode === 'link' ? leadImageSrc : null });
  const description = article.standfirst.trim() ? `\n<meta name="description" content="${escapeHtmlAttribute(article.standfirst)}">` : '';
  const wireMeta = wireMetaHtml(article);
  const body = bodyToHtml(article.body, { images });
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtmlAttribute(DOCUMENT_CSP)}">
<title>${escapeHtmlText(displayHeadline(article))}</title>${description}${wireMeta}
<style>${DOCUMENT_STYLESHEET}</style>
<script type="application/ld+json">${scriptSafeJson(jsonLd)}</script>
</head>
<body>
<main>
<article lang="${lang}" dir="${dir}">
${headerHtml(article)}
${[leadImageHtml(leadImage, leadImageSrc), body, relatedLinksHtml(article, options.relatedHeading), copyrightHtml(article)].filter(Boolean).join('\n')}
</article>
</main>
</body>
</html>
`;
}

/** A page needs a title and a non-empty h1; an unfinished draft (which the pre-export check blocks) gets a placeholder. */
function displayHeadline(article: Article): string {
  return article.headline.trim() || 'Untitled article';
}

function headerHtml(article: Article): string {
  const lines: string[] = [];
  if (article.section.trim()) lines.push(`<p class="kicker">${escapeHtmlText(article.section)}</p>`);
  lines.push(`<h1>${escapeHtmlText(displayHeadline(article))}</h1>`);
  if (article.standfirst.trim()) lines.push(`<p class="standfirst">${escapeHtmlText(article.standfirst)}</p>`);
  const bylines = creditedBylines(article);
  const agency = article.agencyCredit.trim();
  if (bylines.length) {
    const credited = bylines.map(
      (byline) =>
        `<span class="byline"><span class="byline-name">${escapeHtmlText(byline.name)}</span>${byline.role.trim() ? `, <span class="byline-role">${escapeHtmlText(byline.role)}</span>` : ''}</span>`,
    );
    lines.push(`<p class="bylines">${credited.join('; ')}${agency ? ` <span class="agency-credit">(${escapeHtmlText(agency)})</span>` : ''}</p>`);
  } else if (agency) {
    lines.push(`<p class="bylines"><span class="agency-credit">${escapeHtmlText(agency)}</span></p>`);
  }
  const timestamp = shownTimestamp(article);
  const dateline = article.dateline.trim() ? `<span class="dateline-place">${escapeHtmlText(article.dateline)}</span> · ` : '';
  lines.push(`<p class="dateline">${dateline}<time datetime="${escapeHtmlAttribute(timestamp)}">${escapeHtmlText(displayTime(timestamp, article.language))}</time></p>`);
  return `<header>\n${lines.join('\n')}\n</header>`;
}

/** Dublin Core terms for what a wire story carried: where it came from, when it was first written, whose rights. */
function wireMetaHtml(article: Article): string {
  const provenance = article.provenance;
  const terms: [string, string][] = [
    ['dcterms.source', provenance?.uri ?? ''],
    ['dcterms.created', provenance?.firstCreated ?? ''],
    ['dcterms.publisher', article.agencyCredit.trim()],
    ['dcterms.rightsHolder', provenance?.copyrightHolder ?? ''],
    ['dcterms.rights', [provenance?.copyrightNotice, provenance?.usageTerms].filter(Boolean).join(' ')],
  ];
  return terms
    .filter(([, value]) => value.trim() !== '')
    .map(([name, value]) => `\n<meta name="${name}" content="${escapeHtmlAttribute(value)}">`)
    .join('');
}

function copyrightHtml(article: Article): string {
  const notice = copyrightLine(article);
  return notice ? `<footer>\n<p class="copyright"><small>${escapeHtmlText(notice)}</small></p>\n</footer>` : '';
}

/** Marks the lead picture's figure, so a stylesheet can set it apart and our import can tell it from the body's pictures. */
export const LEAD_IMAGE_CLASS = 'lead-image';

function leadImageHtml(leadImage: LeadImage | null, src: string | null): string {
  if (!leadImage || src === null) return '';
  return figureHtml({ ...leadImage, width: leadImage.width ?? null, height: leadImage.height ?? null }, src, LEAD_IMAGE_CLASS);
}

/** The related links' aside, which our import reads back into the related links. */
export const RELATED_LINKS_CLASS = 'related';

function relatedLinksHtml(article: Article, heading: string | undefined): string {
  if (article.relatedLinks.length === 0) return '';
  const items = article.relatedLinks.map((related) => {
    const checked = checkUrl(related.url);
    const title = escapeHtmlText(related.title.trim() || related.url);
    // A link off the allowlist is shown as its title only; the pre-export check warns about it.
    return checked.ok ? `<li><a href="${escapeHtmlAttribute(checked.url)}">${title}</a></li>` : `<li>${title}</li>`;
  });
  const title = heading ?? (article.section.trim() ? `More on ${article.section}` : 'Related');
  return `<aside class="${RELATED_LINKS_CLASS}" aria-labelledby="related-heading">\n<h2 id="related-heading">${escapeHtmlText(title)}</h2>\n<ul>${items.join('')}</ul>\n</aside>`;
}
