import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../core/article/article-schema';
import { articleToHtmlDocument } from '../core/export/html-document';
import { articleToMarkdown } from '../core/export/markdown';
import { articleToNativeJson } from '../core/export/native-json';
import { serializeNinjs } from '../core/export/ninjs';
import { articleToPlainText } from '../core/export/plain-text';
import { copiedImages, embeddedImages, type PreparedImages } from './images';
import { DRAFT_FILE, findInputs, type Input } from './inputs';
import { loadInput } from './load-input';
import { assetsFolder, outputFile, outputPlace, type Format, type OutputPlace } from './output-path';
import type { Reporter } from './progress';

export type ImageMode = 'embed' | 'assets';

export interface ConvertOptions {
  paths: string[];
  format: Format;
  /** -o: a folder, or (for a single input) a file when it has an extension and is not an existing folder. */
  output: string | null;
  images: ImageMode;
}

function render(article: Article, format: Format, images: PreparedImages | null): string {
  switch (format) {
    case 'html':
      return articleToHtmlDocument(article, images ? { images: images.source } : {});
    case 'md':
      return articleToMarkdown(article, images?.source.mode === 'link' ? { imageBaseHref: images.source.baseHref } : {});
    case 'json':
      return articleToNativeJson(article);
    case 'ninjs':
      return serializeNinjs(article);
    case 'txt':
      return articleToPlainText(article);
  }
}

/** Images matter only where the export shows them: embedded or copied for HTML, copied for Markdown. */
function prepareImages(article: Article, input: Input, options: ConvertOptions, place: OutputPlace): PreparedImages | null {
  if (options.images === 'assets' && (options.format === 'html' || options.format === 'md')) {
    return copiedImages(article, input.assetsRoot, assetsFolder(place));
  }
  if (options.format === 'html') return embeddedImages(article, input.assetsRoot);
  return null;
}

/** -o names a file only for a single input, when it has an extension and is not an existing folder. */
function isOutputFile(output: string, inputCount: number): boolean {
  return inputCount === 1 && path.extname(output) !== '' && !statSync(output, { throwIfNoEntry: false })?.isDirectory();
}

/** Converts every input, reporting each; returns how many failed. Bad files never stop the batch. */
export function convert(options: ConvertOptions, reporter: Reporter): { converted: number; failed: number } {
  const { inputs, missing } = findInputs(options.paths);
  reporter.start(inputs.length + missing.length);
  let failed = 0;
  for (const given of missing) {
    failed += 1;
    reporter.failed(`${given}: no such file or folder.`);
  }
  if (options.output !== null && path.extname(options.output) !== '' && inputs.length > 1 && !statSync(options.output, { throwIfNoEntry: false })?.isDirectory()) {
    reporter.failed(`-o ${options.output} looks like a file name, but ${inputs.length} inputs were found: give a folder instead.`);
    return { converted: 0, failed: failed + inputs.length };
  }
  const inputFiles = new Set(inputs.map((input) => path.resolve(input.file)));
  const written = new Map<string, string>();
  const singleFile = options.output !== null && isOutputFile(options.output, inputs.length) ? options.output : null;
  let converted = 0;
  for (const input of inputs) {
    try {
      const place = singleFile
        ? { dir: path.dirname(singleFile), name: path.basename(singleFile).slice(0, -path.extname(singleFile).length) }
        : outputPlace(input, options.output);
      const target = singleFile ?? outputFile(place, options.format);
      const resolved = path.resolve(target);
      if (inputFiles.has(resolved)) throw new Error(`${input.file}: the ${options.format} output would overwrite an input (${target}); choose another folder with -o.`);
      if (path.basename(resolved) === DRAFT_FILE) throw new Error(`${input.file}: will not write over a draft’s ${DRAFT_FILE} (${target}).`);
      const earlier = written.get(resolved);
      if (earlier) throw new Error(`${input.file}: its output ${target} would overwrite the one just written for ${earlier}; convert them into separate folders.`);
      const { article } = loadInput(input);
      const images = prepareImages(article, input, options, place);
      if (images && images.missing.length > 0) reporter.warn(`${input.file}: image file${images.missing.length > 1 ? 's' : ''} not found in the draft, linked instead: ${images.missing.join(', ')}`);
      for (const { file, why } of images?.refused ?? []) reporter.warn(`${input.file}: ${file} was not used (${why}), linked instead.`);
      const content = render(article, options.format, images);
      mkdirSync(path.dirname(resolved), { recursive: true });
      writeFileSync(resolved, content, 'utf8');
      written.set(resolved, input.file);
      converted += 1;
      reporter.converted(input.file, target);
    } catch (error) {
      failed += 1;
      reporter.failed(error instanceof Error ? error.message : String(error));
    }
  }
  return { converted, failed };
}
