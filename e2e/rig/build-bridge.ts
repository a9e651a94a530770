import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const entry = fileURLToPath(new URL('./test-preload.ts', import.meta.url));
let bundle: Promise<string> | undefined;

/** Bundles test-preload.ts into one script for page.addInitScript. Built once per process, in memory. */
export function rigBridgeScript(): Promise<string> {
  bundle ??= buildBridge();
  return bundle;
}

async function buildBridge(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: false,
      target: 'es2023',
      lib: { entry, formats: ['iife'], name: 'copydeskRigPreload' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk) throw new Error('Building the e2e rig bridge (e2e/rig/test-preload.ts) produced no script.');
  return chunk.code;
}
