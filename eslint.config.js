// Lint, including the runtime boundaries of DEVELOPERS.md as rules rather than conventions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'stream', 'worker_threads', 'url', 'util', 'zlib']
  .flatMap((name) => [name, `node:${name}`, `${name}/*`, `node:${name}/*`]);

const onlyElectronMayImportElectron = {
  name: 'electron',
  message: 'Only electron/ may import Electron. Reach the host through the typed bridge (core/host-api).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [onlyElectronMayImportElectron] }],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [onlyElectronMayImportElectron],
          patterns: [
            { group: NODE_BUILTINS, message: 'core/ is pure TypeScript: no Node built-ins (fs, path…). Take what you need as an argument.' },
            { group: ['react', 'react-dom', 'react/*', '@lexical/react', '@lexical/react/*'], message: 'core/ has no UI code.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'core/ is the bottom layer: it may not import renderer/ or electron/.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'DOMParser', 'fetch', 'process', 'Buffer', 'require'].map((name) => ({
          name,
          message: 'core/ runs in main, renderer and CLI alike: no DOM, Node or network globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [onlyElectronMayImportElectron],
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer has no Node: ask the host through window.copydesk.' },
            { group: ['**/electron/**'], message: 'The renderer talks to the host only through the typed bridge.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ may not import the renderer.' }] },
      ],
    },
  },
  {
    files: ['cli/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [onlyElectronMayImportElectron],
          patterns: [{ group: ['**/renderer/**', '**/electron/**'], message: 'The CLI runs under plain Node: it builds on core/, not on renderer/ or electron/.' }],
        },
      ],
    },
  },
);
