import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Production build of the bare Lexical page, from the same node_modules as Copydesk's renderer. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/bare-lexical', import.meta.url)),
    emptyOutDir: true,
  },
});
