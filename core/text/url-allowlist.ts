import { excerpt } from './excerpt';

/** Schemes Copydesk will link to, export or hand to the OS. Everything else (javascript:, file:, data:, custom schemes) is refused. */
export const ALLOWED_URL_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/** Checks a URL typed by a person or found in a file; the reason is a sentence fit to show them. */
export function checkUrl(input: string): UrlCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'The address is empty.' };
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return { ok: false, reason: `“${excerpt(trimmed)}” is not a full web address. Start it with https:// (or mailto: for email).` };
  }
  if (!(ALLOWED_URL_SCHEMES as readonly string[]).includes(parsed.protocol)) {
    return { ok: false, reason: `Links may only use https, http or mailto, not “${excerpt(parsed.protocol.replace(/:$/, ''))}”.` };
  }
  if (parsed.protocol === 'mailto:' && parsed.pathname.trim() === '') return { ok: false, reason: 'The email link has no address after “mailto:”.' };
  if (parsed.protocol !== 'mailto:' && !parsed.hostname.includes('.') && parsed.hostname !== 'localhost') {
    return { ok: false, reason: `“${excerpt(parsed.hostname)}” does not look like a web address.` };
  }
  return { ok: true, url: parsed.protocol === 'mailto:' ? trimmed : parsed.href };
}

export function isAllowedUrl(input: string): boolean {
  return checkUrl(input).ok;
}
