/** The renderer is served from this privileged custom scheme, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'copydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/**
 * Scheme + host of a URL. Not URL.origin: WHATWG gives custom schemes such as app: an opaque "null"
 * origin outside Chromium, which would make every app:// URL look alike.
 */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password || !parsed.host) return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function isSameOrigin(url: string | undefined, allowedOrigin: string): boolean {
  return originOf(url) === allowedOrigin;
}

/** Builds the router's sender check: only frames of the app's own origin may call the host. */
export function createTrustedSenderCheck(allowedOrigin: string): (senderUrl: string | undefined) => boolean {
  return (senderUrl) => isSameOrigin(senderUrl, allowedOrigin);
}
