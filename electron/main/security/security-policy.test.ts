import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, createTrustedSenderCheck, originOf } from './app-origin';
import { decideWindowOpen, mayNavigate, mayNavigateFrame, mayUsePermission } from './navigation-policy';
import { mainWindowOptions } from './window-options';

describe('main window options', () => {
  const preferences = mainWindowOptions('/app/dist/electron/preload.cjs').webPreferences!;

  it('isolates and sandboxes the page, with no Node inside it', () => {
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and embedded browsers off', () => {
    expect(preferences).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, experimentalFeatures: false, navigateOnDragDrop: false });
  });

  it('loads the given preload and checks spelling', () => {
    expect(preferences.preload).toBe('/app/dist/electron/preload.cjs');
    expect(preferences.spellcheck).toBe(true);
  });
});

describe('trusted sender', () => {
  const isTrusted = createTrustedSenderCheck(APP_ORIGIN);

  it('trusts only pages of the app origin', () => {
    expect(isTrusted('app://copydesk/')).toBe(true);
    expect(isTrusted('app://copydesk/index.html?draft=1#top')).toBe(true);
    for (const url of [undefined, '', 'about:blank', 'app://copydesk.evil/', 'app://evil/', 'https://copydesk/', 'file:///app/index.html', 'app://copydesk@evil/', 'not a url']) {
      expect(isTrusted(url), url).toBe(false);
    }
  });

  it('works for the e2e rig’s http origin too', () => {
    const rigTrusts = createTrustedSenderCheck('http://127.0.0.1:4173');
    expect(rigTrusts('http://127.0.0.1:4173/')).toBe(true);
    expect(rigTrusts('http://127.0.0.1:4174/')).toBe(false);
    expect(rigTrusts('http://localhost:4173/')).toBe(false);
  });

  it('tells custom-scheme origins apart, where URL.origin would call them all "null"', () => {
    expect(originOf('app://copydesk/x')).toBe('app://copydesk');
    expect(originOf('app://other/x')).toBe('app://other');
  });
});

describe('navigation and new windows', () => {
  it('allows navigation only within the app', () => {
    expect(mayNavigate('app://copydesk/', APP_ORIGIN)).toBe(true);
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'app://elsewhere/']) {
      expect(mayNavigate(url, APP_ORIGIN), url).toBe(false);
    }
  });

  it('lets a subframe hold an inline document or an app page, nothing else', () => {
    for (const url of ['about:srcdoc', 'about:blank', 'app://copydesk/preview']) expect(mayNavigateFrame(url, APP_ORIGIN), url).toBe(true);
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi']) expect(mayNavigateFrame(url, APP_ORIGIN), url).toBe(false);
    expect(mayNavigate('about:srcdoc', APP_ORIGIN)).toBe(false);
  });

  it('never opens a window, but hands allowed links to the system', () => {
    expect(decideWindowOpen('https://www.example.org/story')).toEqual({ action: 'deny', openExternally: 'https://www.example.org/story' });
    expect(decideWindowOpen('mailto:desk@example.org')).toEqual({ action: 'deny', openExternally: 'mailto:desk@example.org' });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'app://copydesk/', 'ms-settings:', 'about:blank']) {
      expect(decideWindowOpen(url), url).toEqual({ action: 'deny', openExternally: null });
    }
  });

  it('grants no permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      expect(mayUsePermission(permission), permission).toBe(false);
    }
  });
});
