import { parseArgs } from 'node:util';
import { check } from './check';
import { convert, type ImageMode } from './convert';
import { FORMATS, type Format } from './output-path';
import { createReporter } from './progress';

const USAGE = `Usage: copydesk <command> [options]

Commands:
  convert <input…> --to <format> [-o <out>] [--images embed|assets]
      Converts drafts, ninjs files or HTML pages. An input is a file, a draft folder
      (<id>/article.json with its assets/), or a folder searched recursively for both.
  check <draft…> [--style <file>] [--format text|json]
      Prints the pre-export checklist and the house-style issues with their positions.
      Exit code: 0 clean, 1 blockers, 2 usage error, 3 style warnings only, 4 unreadable input.

Run "copydesk <command> --help" for details.`;

const CONVERT_HELP = `Usage: copydesk convert <input…> --to html|json|ninjs|md|txt [-o <out>] [--images embed|assets]

  --to <format>     html (standalone page), json (native draft), ninjs (IPTC ninjs 2.2),
                    md (Markdown) or txt (plain text)
  -o, --output <p>  Folder for the outputs (kept in the inputs' folder layout), or a file
                    name when converting one input. Default: next to each input.
  --images <mode>   embed: pictures as data: URIs inside the HTML (default);
                    assets: copy them into <name>_files/ beside each HTML or Markdown output.
  -h, --help        Show this help.

Folders are searched for draft folders and .json files (drafts or ninjs); HTML pages are
converted when named. Earlier outputs are replaced; an input, or a draft's article.json,
never is. A file that cannot be converted is reported by name and the batch carries on;
the exit code is 1 when any input failed, 2 for a usage error.`;

const CHECK_HELP = `Usage: copydesk check <draft…> [--style <file>] [--format text|json]

Prints each draft's pre-export checklist (blockers and warnings, with the field to fix) and its
house-style issues, each with its place: "headline col 5", "body ¶12:34" (block 12 of the body,
character 34), "body ¶4.2:7" (the second element inside block 4: a list item, a table row…).
Issues the draft ignores ("ignore here") and the style file ignores are counted, not listed.

  --style <file>    A newsroom's house style file (docs/house-style.md). Default: the shipped
                    generic news style. An invalid file is reported with the field at fault.
  --format <f>      text (default) or json: one JSON document with every draft's checklist,
                    style issues (rule, severity, position, text, fix) and errors.
  -h, --help        Show this help.

Exit code (the first that applies):
  4  an input could not be read: a draft, a path that does not exist, or the style file
  1  a draft has a blocker
  3  a draft has style warnings (no blockers)
  0  none of these: pre-export warnings and style suggestions do not fail
  2  usage error`;

class UsageError extends Error {}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        images: { type: 'string' },
        style: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function isFormat(value: string | undefined): value is Format {
  return (FORMATS as readonly string[]).includes(value ?? '');
}

function run(args: string[]): number {
  const { values, positionals } = parse(args);
  const [command, ...paths] = positionals;
  if (command === undefined || command === 'help') {
    console.log(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command === 'convert') {
    if (values.help) return (console.log(CONVERT_HELP), 0);
    if (!isFormat(values.to)) throw new UsageError(values.to === undefined ? 'convert needs --to html|json|ninjs|md|txt.' : `unknown format “${values.to}”; use html, json, ninjs, md or txt.`);
    const images = values.images ?? 'embed';
    if (images !== 'embed' && images !== 'assets') throw new UsageError(`--images takes embed or assets, not “${images}”.`);
    if (paths.length === 0) throw new UsageError('convert needs at least one input file or folder.');
    const reporter = createReporter();
    const { converted, failed } = convert({ paths, format: values.to, output: values.output ?? null, images: images as ImageMode }, reporter);
    reporter.finish(`Converted ${converted} of ${converted + failed} input${converted + failed === 1 ? '' : 's'} to ${values.to}${failed ? `; ${failed} failed` : ''}.`);
    return failed > 0 ? 1 : 0;
  }
  if (command === 'check') {
    if (values.help) return (console.log(CHECK_HELP), 0);
    if (paths.length === 0) throw new UsageError('check needs at least one draft.');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format takes text or json, not “${format}”.`);
    return check(paths, { format, ...(values.style === undefined ? {} : { styleFile: values.style }) }, { out: process.stdout, err: process.stderr });
  }
  throw new UsageError(`unknown command “${command}”.`);
}

/** Runs the CLI and returns its exit code: 0 success, 1 some input failed (convert) or has blockers, 2 usage error; check adds 3 and 4 (CHECK_HELP). */
export function main(args: string[]): number {
  try {
    return run(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`copydesk: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}
