// Proves the protections as they are wired, not only the decision functions (security-policy.test.ts):
// each test here fails if its protection is removed from guards.ts, window-options.ts or the renderer build.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../../core/security/content-security-policy';
import { APP_ORIGIN } from './app-origin';
import { denyPermissions, guardWebContents, type GuardedContents } from './guards';
import * as windowOptions from './window-options';

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  } as unknown as GuardedContents;
  const opened: string[] = [];
  guardWebContents(contents, APP_ORIGIN, (url) => opened.push(url));
  return {
    opened,
    /** Fires an event the way Electron does; true when the guard prevented it. */
    fire(event: string, ...args: unknown[]): boolean {
      const preventDefault = vi.fn();
      const listener = listeners.get(event);
      if (!listener) throw new Error(`No guard on ${event}`);
      if (event === 'will-frame-navigate') listener({ ...(args[0] as object), preventDefault });
      else listener({ preventDefault }, ...args);
      return preventDefault.mock.calls.length > 0;
    },
    /**
     * Fires will-navigate or will-redirect as Electron 45 does: the details (url, isMainFrame, …) are the
     * event object itself; the deprecated positional url is given a different, harmless value so a guard
     * that still reads it is caught.
     */
    navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
      const preventDefault = vi.fn();
      listeners.get(event)!({ url, isMainFrame: true, isSameDocument: false, frame: null, preventDefault }, 'app://copydesk/', false, true);
      return preventDefault.mock.calls.length > 0;
    },
    openWindow: (url: string) => openHandler!({ url }),
  };
}

describe('every window the app opens', () => {
  // Any window options factory added to window-options.ts is checked here without being listed.
  const factories = Object.entries(windowOptions).filter(([, value]) => typeof value === 'function') as [string, (...args: never[]) => unknown][];

  it('has at least the main window factory', () => {
    expect(factories.map(([name]) => name)).toContain('mainWindowOptions');
  });

  it.each(factories)('%s isolates, sandboxes and keeps web security, wherever the window is placed', (_name, factory) => {
    const create = factory as (preload: string, placement?: object) => Electron.BrowserWindowConstructorOptions;
    for (const options of [create('/app/preload.cjs'), create('/app/preload.cjs', { x: 10, y: 10, width: 800, height: 600 })]) {
      expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    }
  });

  it('opens where it was asked to, or where the OS puts it', () => {
    expect(windowOptions.mainWindowOptions('/p', { x: 40, y: 30, width: 900, height: 700 })).toMatchObject({ x: 40, y: 30, width: 900, height: 700 });
    expect(windowOptions.mainWindowOptions('/p', { width: 900, height: 700 })).not.toHaveProperty('x');
  });
});

describe('web contents guards', () => {
  it('stop navigation and redirects away from the app', () => {
    const page = fakeContents();
    expect(page.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(page.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(page.navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(page.navigate('will-navigate', 'app://copydesk/')).toBe(false);
    expect(page.navigate('will-redirect', 'app://copydesk/index.html')).toBe(false);
  });

  it('keep subframes to inline documents and the app', () => {
    const page = fakeContents();
    expect(page.fire('will-frame-navigate', { isMainFrame: false, url: 'https://evil.example/' })).toBe(true);
    expect(page.fire('will-frame-navigate', { isMainFrame: false, url: 'about:srcdoc' })).toBe(false);
  });

  it('refuse webviews', () => {
    expect(fakeContents().fire('will-attach-webview')).toBe(true);
  });

  it('deny every new window, handing only allowed links to the system', () => {
    const page = fakeContents();
    for (const url of ['https://www.example.org/story', 'javascript:alert(1)', 'file:///etc/passwd', 'ms-settings:privacy', 'app://copydesk/']) {
      expect(page.openWindow(url), url).toEqual({ action: 'deny' });
    }
    expect(page.opened).toEqual(['https://www.example.org/story']);
  });
});

describe('session permissions', () => {
  it('refuses every request and every check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((contents: unknown, permission: string) => boolean) | undefined;
    denyPermissions({
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as unknown as Parameters<typeof denyPermissions>[0]);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(check!(null, permission), permission).toBe(false);
    }
  });
});

describe('the built renderer page', () => {
  let outDir: string;
  let page: string;

  beforeAll(async () => {
    // Built here from the real config, so the test never reads a stale dist/ and needs no earlier build step.
    outDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-built-page-'));
    await build({ configFile: 'vite.renderer.config.ts', logLevel: 'error', build: { outDir, emptyOutDir: true } });
    page = await readFile(path.join(outDir, 'index.html'), 'utf8');
  }, 120_000);
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('carries the app’s Content-Security-Policy, first in <head>, without unsafe-eval or unsafe-inline', () => {
    const meta = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page);
    const decoded = meta?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(decoded).toBe(CONTENT_SECURITY_POLICY);
    expect(page).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  it('has no inline script for the policy to have to allow', () => {
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
      expect(body!.trim()).toBe('');
    }
  });
});
