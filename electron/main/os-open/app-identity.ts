/**
 * The app id of electron-builder.yml. On Windows the running app must use it as its AppUserModelID,
 * or the taskbar jump list (recent documents) and the installer's shortcuts belong to another app.
 */
export const APP_ID = 'app.copydesk.desktop';
