import type { Session, WebContents } from 'electron';
import { decideWindowOpen, mayNavigate, mayNavigateFrame, mayUsePermission } from './navigation-policy';

/** The parts of WebContents the guards touch; tests pass a fake. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Installed on every WebContents the app creates (app 'web-contents-created'): no navigation away
 * from the app, no subframes elsewhere than inline documents, no webviews, no new windows; allowed
 * links from window.open or target=_blank go to the system browser instead.
 */
export function guardWebContents(contents: GuardedContents, appOrigin: string, openExternally: (url: string) => void): void {
  // Electron 45 passes the details as the event itself; the positional url argument is deprecated.
  contents.on('will-navigate', (details) => {
    if (!mayNavigate(details.url, appOrigin)) details.preventDefault();
  });
  contents.on('will-frame-navigate', (details) => {
    if (!details.isMainFrame && !mayNavigateFrame(details.url, appOrigin)) details.preventDefault();
  });
  contents.on('will-redirect', (details) => {
    if (!mayNavigate(details.url, appOrigin)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) openExternally(decision.openExternally);
    return { action: decision.action };
  });
}

/** Every permission request and check of the session is refused (camera, notifications, clipboard reads, …). */
export function denyPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(mayUsePermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => mayUsePermission(permission));
}
