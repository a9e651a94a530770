import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const DRAFT_FILE = 'article.json';

export interface Input {
  /** The file to read: a draft's article.json, a ninjs or native JSON file, or an HTML page named on the command line. */
  file: string;
  /** A draft folder (`<id>/article.json` with its assets/). */
  isDraftFolder: boolean;
  /** Folder that a draft's or export's `assets/…` paths are relative to. */
  assetsRoot: string;
  /** Where the input sits below the folder named on the command line ('' for a named file). */
  relativeDir: string;
}

/** Folders a scan never enters: drafts' own parts, earlier image exports, tooling. */
function skipFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules' || name === 'assets' || name.endsWith('_files');
}

function draftInput(folder: string, relativeDir: string): Input {
  return { file: path.join(folder, DRAFT_FILE), isDraftFolder: true, assetsRoot: folder, relativeDir };
}

function scanFolder(root: string, folder: string, found: Input[]): void {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (skipFolder(entry.name)) continue;
      if (existsSync(path.join(full, DRAFT_FILE))) found.push(draftInput(full, path.relative(root, folder)));
      else scanFolder(root, full, found);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) {
      found.push({ file: full, isDraftFolder: false, assetsRoot: folder, relativeDir: path.relative(root, folder) });
    }
  }
}

/**
 * The inputs named on the command line. A folder holding article.json is one draft; any other folder
 * is searched recursively for draft folders and .json files (drafts or ninjs). A named file is taken
 * whatever its kind. A path that does not exist is reported, not skipped.
 */
export function findInputs(paths: readonly string[]): { inputs: Input[]; missing: string[] } {
  const inputs: Input[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    const stats = statSync(given, { throwIfNoEntry: false });
    if (!stats) {
      missing.push(given);
    } else if (stats.isDirectory()) {
      if (existsSync(path.join(given, DRAFT_FILE))) inputs.push(draftInput(given, ''));
      else scanFolder(given, given, inputs);
    } else {
      const isDraftFile = path.basename(given) === DRAFT_FILE;
      inputs.push({ file: given, isDraftFolder: isDraftFile, assetsRoot: path.dirname(given), relativeDir: '' });
    }
  }
  return { inputs, missing };
}
