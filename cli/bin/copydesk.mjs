#!/usr/bin/env node
// The `copydesk` command. It runs the TypeScript CLI through tsx's loader, so it works straight
// after `npm ci` with no build step, on any OS npm runs on (npm writes the .cmd shim on Windows).
import { tsImport } from 'tsx/esm/api';

// tsconfig: false, so a tsconfig.json in the folder it is run from cannot change how the CLI compiles.
const { main } = await tsImport('../main.ts', { parentURL: import.meta.url, tsconfig: false });
process.exitCode = main(process.argv.slice(2));
