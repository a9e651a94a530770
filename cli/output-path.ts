import nodePath from 'node:path';

export const FORMATS = ['html', 'json', 'ninjs', 'md', 'txt'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMAT_EXTENSIONS: Readonly<Record<Format, string>> = {
  html: '.html',
  json: '.json',
  ninjs: '.ninjs.json',
  md: '.md',
  txt: '.txt',
};

type PathApi = Pick<typeof nodePath, 'join' | 'dirname' | 'basename' | 'resolve'>;

/** The name an input's outputs are called by: a draft folder's name, else the file's name without its extensions. */
export function outputBaseName(inputFile: string, isDraftFolder: boolean, path: PathApi = nodePath): string {
  if (isDraftFolder) return path.basename(path.dirname(inputFile));
  return path.basename(inputFile).replace(/(\.ninjs)?\.json$|\.html?$/i, '') || path.basename(inputFile);
}

export interface OutputPlace {
  /** Folder the output goes in. */
  dir: string;
  /** File name without extension. */
  name: string;
}

/**
 * Where an input's output goes: inside `outDir` under the input's path relative to the folder it was
 * found in, or, without `outDir`, next to the input (next to the draft folder for a draft).
 * `path` is a parameter so the Windows logic is testable on any OS.
 */
export function outputPlace(input: { file: string; isDraftFolder: boolean; relativeDir: string }, outDir: string | null, path: PathApi = nodePath): OutputPlace {
  const name = outputBaseName(input.file, input.isDraftFolder, path);
  if (outDir !== null) return { dir: path.join(outDir, input.relativeDir), name };
  const inputDir = path.dirname(input.file);
  return { dir: input.isDraftFolder ? path.dirname(inputDir) : inputDir, name };
}

export function outputFile(place: OutputPlace, format: Format, path: PathApi = nodePath): string {
  return path.join(place.dir, `${place.name}${FORMAT_EXTENSIONS[format]}`);
}

/** Folder for images copied beside an output, named the way browsers save a page's files. */
export function assetsFolder(place: OutputPlace, path: PathApi = nodePath): { dir: string; baseHref: string } {
  const folder = `${place.name}_files`;
  return { dir: path.join(place.dir, folder), baseHref: `${encodeURIComponent(folder)}/` };
}
