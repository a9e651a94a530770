import type { SerializedBodyNode } from '../article/article-schema';
import { escapeHtmlAttribute, escapeHtmlText } from '../export/escape';
import { checkUrl } from '../text/url-allowlist';
import type { BlockWriters } from './block-writers';
import { stringField } from './node-fields';

/**
 * An embed by URL (a video, a post, a chart). Nothing is fetched and no provider script ever runs:
 * the editor shows a card, and HTML export writes the provider's own no-script fallback markup,
 * which a CMS upgrades to the live embed with the provider's script if it wants to.
 */
export const EMBED_TYPE = 'embed';

export const EMBED_PROVIDERS = ['youtube', 'vimeo', 'x', 'instagram', 'tiktok', 'facebook', 'soundcloud', 'datawrapper', 'flourish', 'link'] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

interface ProviderFacts {
  name: string;
  /** Host names (and their subdomains) the provider serves embeds from. */
  hosts: readonly string[];
  /** What the provider's content is, as an IPTC ninjs `type`. */
  ninjsType: 'video' | 'audio' | 'graphic' | 'text';
}

export const PROVIDERS: Readonly<Record<EmbedProvider, ProviderFacts>> = {
  youtube: { name: 'YouTube', hosts: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'], ninjsType: 'video' },
  vimeo: { name: 'Vimeo', hosts: ['vimeo.com'], ninjsType: 'video' },
  x: { name: 'X (Twitter)', hosts: ['x.com', 'twitter.com'], ninjsType: 'text' },
  instagram: { name: 'Instagram', hosts: ['instagram.com', 'instagr.am'], ninjsType: 'text' },
  tiktok: { name: 'TikTok', hosts: ['tiktok.com'], ninjsType: 'video' },
  facebook: { name: 'Facebook', hosts: ['facebook.com', 'fb.watch'], ninjsType: 'text' },
  soundcloud: { name: 'SoundCloud', hosts: ['soundcloud.com'], ninjsType: 'audio' },
  datawrapper: { name: 'Datawrapper', hosts: ['datawrapper.de', 'dwcdn.net'], ninjsType: 'graphic' },
  flourish: { name: 'Flourish', hosts: ['flourish.studio'], ninjsType: 'graphic' },
  link: { name: 'Link', hosts: [], ninjsType: 'text' },
};

export type EmbedCheck = { ok: true; url: string; provider: EmbedProvider } | { ok: false; reason: string };

/** Checks an address for an embed: http(s) on the allowlist; the provider is read from the host name. */
export function checkEmbedUrl(input: string): EmbedCheck {
  const checked = checkUrl(input);
  if (!checked.ok) return checked;
  const url = new URL(checked.url);
  if (url.protocol === 'mailto:') return { ok: false, reason: 'An embed needs a web address (https://…), not an email address.' };
  return { ok: true, url: checked.url, provider: providerOf(url.hostname) };
}

function providerOf(hostname: string): EmbedProvider {
  const host = hostname.toLowerCase();
  const found = EMBED_PROVIDERS.find((provider) => PROVIDERS[provider].hosts.some((known) => host === known || host.endsWith(`.${known}`)));
  return found ?? 'link';
}

export interface Embed {
  /** The allowlisted address, or null when the node's address is not one (it is then not exported). */
  url: string | null;
  provider: EmbedProvider;
}

export function embed(node: SerializedBodyNode): Embed {
  const checked = checkEmbedUrl(stringField(node, 'url'));
  return checked.ok ? { url: checked.url, provider: checked.provider } : { url: null, provider: 'link' };
}

export function serializedEmbed(url: string): SerializedBodyNode {
  return { url, type: EMBED_TYPE, version: 1 };
}

/** Flourish's embed names the visualisation or story by its path: `visualisation/123`. */
function flourishSource(url: string): string | null {
  const match = /\/((?:visualisation|story)\/\d+)/.exec(new URL(url).pathname);
  return match?.[1] ?? null;
}

/** The provider's standard markup without its script: what shows when the script is absent or blocked. */
function fallbackHtml(url: string, provider: EmbedProvider): string {
  const href = escapeHtmlAttribute(url);
  const link = (text: string) => `<a href="${href}">${escapeHtmlText(text)}</a>`;
  switch (provider) {
    case 'x':
      return `<blockquote class="twitter-tweet">${link(url)}</blockquote>`;
    case 'instagram':
      return `<blockquote class="instagram-media" data-instgrm-permalink="${href}" data-instgrm-version="14">${link('View this post on Instagram')}</blockquote>`;
    case 'tiktok':
      return `<blockquote class="tiktok-embed" cite="${href}">${link(url)}</blockquote>`;
    case 'facebook':
      return `<div class="fb-post" data-href="${href}"><blockquote cite="${href}" class="fb-xfbml-parse-ignore">${link(url)}</blockquote></div>`;
    case 'flourish': {
      const source = flourishSource(url);
      return `<div class="flourish-embed"${source ? ` data-src="${escapeHtmlAttribute(source)}"` : ''}>${link(url)}</div>`;
    }
    default:
      return `<p>${link(provider === 'link' ? url : `${PROVIDERS[provider].name}: ${url}`)}</p>`;
  }
}

export const embedWriters: BlockWriters = {
  /** `<figure class="embed embed-<provider>">` around the fallback markup; our HTML import reads it back by the class. */
  html(node) {
    const { url, provider } = embed(node);
    return url === null ? '' : `<figure class="embed embed-${provider}">${fallbackHtml(url, provider)}</figure>`;
  },
  markdown(node, out) {
    const { url, provider } = embed(node);
    if (url === null) return '';
    return out.link(provider === 'link' ? url : `${PROVIDERS[provider].name}: ${url}`, url);
  },
  text(node) {
    const { url, provider } = embed(node);
    return url === null ? '' : `[${provider === 'link' ? 'Link' : PROVIDERS[provider].name}: ${url}]`;
  },
};
