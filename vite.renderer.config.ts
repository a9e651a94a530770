import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './core/security/content-security-policy';

/** Writes the app's one CSP into index.html, so the page is locked down even before the host's header applies. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'copydesk-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Inlined assets would become data: URLs; keep every asset a same-origin file.
    assetsInlineLimit: 0,
    // One local bundle loaded from disk, not over a network: Lexical, React and zod are simply that big.
    chunkSizeWarningLimit: 1024,
  },
});
