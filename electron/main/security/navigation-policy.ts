import { checkUrl } from '../../../core/text/url-allowlist';
import { isSameOrigin } from './app-origin';

/** Whether the window may follow a navigation or redirect: only within the app itself. */
export function mayNavigate(url: string, appOrigin: string): boolean {
  return isSameOrigin(url, appOrigin);
}

/** Subframes may also hold inline documents (the export preview is a sandboxed srcdoc iframe). */
export function mayNavigateFrame(url: string, appOrigin: string): boolean {
  return url === 'about:srcdoc' || url === 'about:blank' || mayNavigate(url, appOrigin);
}

export interface WindowOpenDecision {
  action: 'deny';
  /** An allowed web or mail link to hand to the system instead; null for everything else. */
  openExternally: string | null;
}

/** The app never opens windows of its own; allowed links go to the system browser or mail client. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  const check = checkUrl(url);
  return { action: 'deny', openExternally: check.ok ? check.url : null };
}

/** Camera, microphone, notifications, geolocation, …: an editor needs none of them. */
export function mayUsePermission(_permission: string): boolean {
  return false;
}
