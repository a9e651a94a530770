import { hasBlockers, runPreExportCheck, type PreExportItem } from '../core/checks/pre-export-check';
import { articleStyleTexts, createStyleChecker, type HouseStyle, type StyleIssue } from '../core/style';
import { loadHouseStyle } from './house-style-option';
import { findInputs } from './inputs';
import { loadInput } from './load-input';
import { stylePositions, type StylePosition } from './style-positions';

export interface CheckStreams {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

export interface CheckOptions {
  /** A newsroom's house style file (--style); the shipped default style when absent. */
  styleFile?: string;
  format: 'text' | 'json';
}

/**
 * `copydesk check`'s exit codes. When several apply, the first in this order wins: unreadable
 * input, blockers, style warnings. Style suggestions and pre-export warnings never fail.
 */
export const CHECK_EXIT = { clean: 0, blockers: 1, usage: 2, styleWarnings: 3, unreadable: 4 } as const;

type PositionedIssue = StyleIssue & { position: StylePosition };

interface DraftReport {
  file: string;
  headline: string;
  preExport: PreExportItem[];
  style: { issues: PositionedIssue[]; ignored: number };
}

interface CheckRun {
  style: { name: string; file: string | null } | null;
  drafts: DraftReport[];
  errors: Array<{ file: string; message: string }>;
  exitCode: number;
}

function checkDrafts(paths: readonly string[], style: HouseStyle, run: CheckRun): void {
  const { inputs, missing } = findInputs(paths);
  for (const given of missing) run.errors.push({ file: given, message: `${given}: no such file or folder.` });
  const checker = createStyleChecker(style);
  for (const input of inputs) {
    try {
      const { article } = loadInput(input);
      const texts = articleStyleTexts(article);
      const { issues, ignored } = checker.checkTexts(texts, { ignores: article.styleIgnores, language: article.language });
      const positionOf = stylePositions(texts);
      run.drafts.push({
        file: input.file,
        headline: article.headline.trim() || '(no headline)',
        preExport: runPreExportCheck(article),
        style: { issues: issues.map((issue) => ({ ...issue, position: positionOf(issue) })), ignored },
      });
    } catch (error) {
      run.errors.push({ file: input.file, message: error instanceof Error ? error.message : String(error) });
    }
  }
}

function exitCodeOf(run: CheckRun): number {
  if (run.errors.length) return CHECK_EXIT.unreadable;
  if (run.drafts.some((draft) => hasBlockers(draft.preExport))) return CHECK_EXIT.blockers;
  if (run.drafts.some((draft) => draft.style.issues.some((issue) => issue.severity === 'warning'))) return CHECK_EXIT.styleWarnings;
  return CHECK_EXIT.clean;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function styleLine(issue: PositionedIssue, positionWidth: number, ruleWidth: number): string {
  const marker = issue.severity === 'warning' ? '⚠' : '·';
  const fix = issue.fix ? ` → ${issue.fix.replacement ? `“${issue.fix.replacement}”` : '(delete)'}` : '';
  return `  ${marker} style    ${issue.position.label.padEnd(positionWidth)}  ${issue.ruleId.padEnd(ruleWidth)}  “${issue.text}”${fix}  ${issue.message}\n`;
}

function writeDraftText(draft: DraftReport, out: NodeJS.WritableStream): void {
  out.write(`${draft.file} — ${draft.headline}\n`);
  for (const item of draft.preExport) out.write(`  ${item.severity === 'blocker' ? '✖ blocker' : '⚠ warning'}  ${item.field}: ${item.message}\n`);
  const { issues, ignored } = draft.style;
  const positionWidth = Math.max(0, ...issues.map((issue) => issue.position.label.length));
  const ruleWidth = Math.max(0, ...issues.map((issue) => issue.ruleId.length));
  for (const issue of issues) out.write(styleLine(issue, positionWidth, ruleWidth));
  if (draft.preExport.length === 0 && issues.length === 0) {
    out.write(`  ✔ ready to export; no style issues${ignored ? ` (${ignored} ignored)` : ''}\n`);
    return;
  }
  const blockers = draft.preExport.filter((item) => item.severity === 'blocker').length;
  const styleWarnings = issues.filter((issue) => issue.severity === 'warning').length;
  const styleCounts = [plural(styleWarnings, 'warning'), plural(issues.length - styleWarnings, 'suggestion'), ...(ignored ? [`${ignored} ignored`] : [])];
  out.write(`  ${plural(blockers, 'blocker')}, ${plural(draft.preExport.length - blockers, 'warning')}; style: ${styleCounts.join(', ')}\n`);
}

/**
 * Prints the pre-export checklist and the house-style issues of each draft, as text or as one
 * JSON document, and returns the exit code (CHECK_EXIT).
 */
export function check(paths: readonly string[], options: CheckOptions, streams: CheckStreams): number {
  const run: CheckRun = { style: null, drafts: [], errors: [], exitCode: CHECK_EXIT.clean };
  try {
    const style = loadHouseStyle(options.styleFile);
    run.style = { name: style.name, file: options.styleFile ?? null };
    checkDrafts(paths, style, run);
  } catch (error) {
    run.errors.push({ file: options.styleFile ?? '', message: error instanceof Error ? error.message : String(error) });
  }
  run.exitCode = exitCodeOf(run);
  if (options.format === 'json') {
    streams.out.write(`${JSON.stringify({ format: 'copydesk-check', version: 1, ...run }, null, 2)}\n`);
    return run.exitCode;
  }
  for (const error of run.errors) streams.err.write(`error: ${error.message}\n`);
  if (run.style) streams.out.write(`House style: ${run.style.name}${run.style.file ? ` (${run.style.file})` : ''}\n`);
  for (const draft of run.drafts) writeDraftText(draft, streams.out);
  return run.exitCode;
}
