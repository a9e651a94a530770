import { builtinModules } from 'node:module';
import { defineConfig, type EnvironmentOptions, type Plugin } from 'vite';

/**
 * Builds Electron's main process and preload into dist/electron as CommonJS, each one
 * self-contained (dependencies bundled). Main may require Node built-ins and electron;
 * the sandboxed preload may require only electron, which the build checks.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

function electronEntry(input: string, fileName: string, external: (string | RegExp)[]): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, conditions: ['node', 'require'] },
    build: {
      outDir: 'dist/electron',
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      rollupOptions: {
        input,
        external,
        output: { format: 'cjs', entryFileNames: fileName, codeSplitting: false },
      },
    },
  };
}

/** Electron's sandbox gives a preload `require('electron')` and nothing else: fail the build rather than the app. */
const preloadRequiresOnlyElectron: Plugin = {
  name: 'copydesk:preload-requires-only-electron',
  applyToEnvironment: (environment) => environment.name === 'preload',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
    if (chunks.length !== 1) this.error(`The preload must be one file, but the build made ${chunks.map((chunk) => chunk.fileName).join(', ')}.`);
    for (const chunk of chunks) {
      const others = [...chunk.imports, ...chunk.dynamicImports].filter((id) => id !== 'electron');
      if (others.length) this.error(`The sandboxed preload may require only "electron", but ${chunk.fileName} requires ${others.join(', ')}.`);
    }
  },
};

export default defineConfig({
  publicDir: false,
  plugins: [preloadRequiresOnlyElectron],
  environments: {
    main: electronEntry('electron/main/main.ts', 'main.cjs', ['electron', ...nodeBuiltins]),
    preload: electronEntry('electron/preload/preload.ts', 'preload.cjs', ['electron']),
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.main!);
      await builder.build(builder.environments.preload!);
    },
  },
});
