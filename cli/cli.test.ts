import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachedLeadImage } from '../core/article/article-schema';
import { serializeArticle } from '../core/article/load-article';
import { serializeNinjs } from '../core/export/ninjs';
import { body, image, list, paragraph } from '../core/testing/body-builders';
import { arabicArticle, germanArticle, japaneseArticle, kenyaPoliticsArticle, minimalArticle, thaiArticle } from '../core/testing/sample-articles';

/** Runs the real `copydesk` bin as a child process, the way npm's shim does. */
const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bin', 'copydesk.mjs');
const LEAD_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

function copydesk(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let workspace: string;

function writeDraft(root: string, article: typeof kenyaPoliticsArticle, withImage: boolean): string {
  const folder = path.join(root, article.id);
  mkdirSync(path.join(folder, 'assets'), { recursive: true });
  writeFileSync(path.join(folder, 'article.json'), serializeArticle(article));
  const leadImage = attachedLeadImage(article.leadImage);
  if (withImage && leadImage) writeFileSync(path.join(folder, ...leadImage.file.split('/')), LEAD_BYTES);
  return folder;
}

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'copydesk-cli-'));
  const inbox = path.join(workspace, 'inbox');
  writeDraft(inbox, kenyaPoliticsArticle, true);
  writeFileSync(path.join(inbox, 'corrupt.json'), '{"schemaVersion": 1, "headline": "cut off');
  mkdirSync(path.join(inbox, 'wire'));
  writeFileSync(path.join(inbox, 'wire', 'stadtrat.json'), serializeNinjs(germanArticle));
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

// Each case starts Node and tsx afresh: allow for a slow machine.
describe('copydesk convert', { timeout: 60_000 }, () => {
  it('converts a folder: two outputs, one error naming the corrupt file, exit code 1', () => {
    const { code, stdout, stderr } = copydesk(workspace, 'convert', 'inbox', '--to', 'html', '-o', 'out-html');
    expect(code).toBe(1);
    const draftHtml = path.join(workspace, 'out-html', `${kenyaPoliticsArticle.id}.html`);
    const wireHtml = path.join(workspace, 'out-html', 'wire', 'stadtrat.html');
    expect(existsSync(draftHtml)).toBe(true);
    expect(existsSync(wireHtml)).toBe(true);
    expect(readdirSync(path.join(workspace, 'out-html'))).toHaveLength(2);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^error: inbox[\\/]corrupt\.json: is not valid JSON/);
    expect(stdout).toContain('Converted 2 of 3 inputs to html; 1 failed.');
    // The draft's picture is embedded; the wire story (a new draft) reads back with its German copy.
    const html = readFileSync(draftHtml, 'utf8');
    expect(html).toContain(`src="data:image/jpeg;base64,${LEAD_BYTES.toString('base64')}"`);
    expect(html).not.toContain(kenyaPoliticsArticle.editorsNote);
    expect(readFileSync(wireHtml, 'utf8')).toContain('Stadtrat beschließt Straßenbahn-Verlängerung nach Süßen');
  });

  it('prints a plain line per file when not on a terminal', () => {
    const { stdout } = copydesk(workspace, 'convert', 'inbox', '--to', 'txt', '-o', 'out-txt');
    expect(stdout.split('\n').filter((line) => line.startsWith('converted '))).toHaveLength(2);
    expect(stdout).not.toContain('\r');
  });

  it('--images assets copies the pictures beside the HTML and links to them', () => {
    const { code } = copydesk(workspace, 'convert', path.join('inbox', kenyaPoliticsArticle.id), '--to', 'html', '-o', 'out-assets', '--images', 'assets');
    expect(code).toBe(0);
    const copied = path.join(workspace, 'out-assets', `${kenyaPoliticsArticle.id}_files`, 'assets', 'lead.jpg');
    expect(readFileSync(copied)).toEqual(LEAD_BYTES);
    expect(readFileSync(path.join(workspace, 'out-assets', `${kenyaPoliticsArticle.id}.html`), 'utf8')).toContain(`src="${kenyaPoliticsArticle.id}_files/assets/lead.jpg"`);
  });

  it('links instead of embedding when the picture file is missing, with a warning', () => {
    const root = path.join(workspace, 'no-image');
    writeDraft(root, kenyaPoliticsArticle, false);
    const { code, stderr } = copydesk(workspace, 'convert', 'no-image', '--to', 'html', '-o', 'out-no-image');
    expect(code).toBe(0);
    expect(stderr).toContain('image file not found in the draft, linked instead: assets/lead.jpg');
    expect(readFileSync(path.join(workspace, 'out-no-image', `${kenyaPoliticsArticle.id}.html`), 'utf8')).toContain('src="assets/lead.jpg"');
  });

  it('writes a single input to a named file, in every format', () => {
    for (const [format, file, expected] of [
      ['json', 'single.json', '"schemaVersion": 2'],
      ['ninjs', 'single.ninjs.json', '"standard"'],
      ['md', 'single.md', '# Stadtrat beschließt'],
    ] as const) {
      const { code } = copydesk(workspace, 'convert', path.join('inbox', 'wire', 'stadtrat.json'), '--to', format, '-o', file);
      expect(code).toBe(0);
      expect(readFileSync(path.join(workspace, file), 'utf8')).toContain(expected);
    }
  });

  it('never writes over its input or a draft file', () => {
    const { code, stderr } = copydesk(workspace, 'convert', path.join('inbox', 'wire', 'stadtrat.json'), '--to', 'json', '-o', path.join('inbox', 'wire', 'stadtrat.json'));
    expect(code).toBe(1);
    expect(stderr).toContain('would overwrite an input');
    expect(readFileSync(path.join(workspace, 'inbox', 'wire', 'stadtrat.json'), 'utf8')).toBe(serializeNinjs(germanArticle));
  });

  it('refuses a file name for -o when there are several inputs', () => {
    const { code, stderr } = copydesk(workspace, 'convert', 'inbox', '--to', 'html', '-o', 'all.html');
    expect(code).toBe(1);
    expect(stderr).toContain('-o all.html looks like a file name, but 3 inputs were found');
    expect(existsSync(path.join(workspace, 'all.html'))).toBe(false);
  });

  it('names an input that does not exist', () => {
    const { code, stderr } = copydesk(workspace, 'convert', 'nowhere', '--to', 'html');
    expect(code).toBe(1);
    expect(stderr).toContain('error: nowhere: no such file or folder.');
  });

  it('rejects bad usage with exit code 2', () => {
    expect(copydesk(workspace, 'convert', 'inbox', '--to', 'pdf')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown format “pdf”') });
    expect(copydesk(workspace, 'convert', 'inbox')).toMatchObject({ code: 2, stderr: expect.stringContaining('convert needs --to') });
    expect(copydesk(workspace, 'convert', 'inbox', '--to', 'html', '--frobnicate')).toMatchObject({ code: 2 });
    expect(copydesk(workspace, 'publish')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command “publish”') });
  });
});

describe('copydesk check', { timeout: 60_000 }, () => {
  it('prints the checklist and exits 0 when there are only warnings', () => {
    const { code, stdout } = copydesk(workspace, 'check', path.join('inbox', kenyaPoliticsArticle.id));
    expect(code).toBe(0);
    expect(stdout).toContain(kenyaPoliticsArticle.headline);
    expect(stdout).toMatch(/⚠ warning {2}headline: /);
    expect(stdout).toContain('House style: Copydesk generic news style');
    expect(stdout).toMatch(/; style: 0 warnings, 0 suggestions\n/);
  });

  it('exits 1 on blockers and names the field', () => {
    const root = path.join(workspace, 'blocked');
    const folder = writeDraft(root, { ...minimalArticle, bylines: [] }, false);
    const { code, stdout } = copydesk(workspace, 'check', folder);
    expect(code).toBe(1);
    expect(stdout).toMatch(/✖ blocker {2}bylines: /);
  });

  it('exits 4 and names the file when a draft cannot be read', () => {
    const { code, stderr } = copydesk(workspace, 'check', path.join('inbox', 'corrupt.json'));
    expect(code).toBe(4);
    expect(stderr).toMatch(/inbox[\\/]corrupt\.json: is not valid JSON/);
    expect(copydesk(workspace, 'check', 'nowhere')).toMatchObject({ code: 4, stderr: expect.stringContaining('error: nowhere: no such file or folder.') });
  });
});

describe('copydesk check: house style', { timeout: 60_000 }, () => {
  const styled = (name: string, fields: Partial<typeof minimalArticle>) => writeDraft(path.join(workspace, name), { ...minimalArticle, bylines: kenyaPoliticsArticle.bylines, ...fields }, false);
  let troubled: string;
  beforeAll(() => {
    troubled = styled('troubled', {
      headline: 'Council says "no" to Omanga',
      body: body([
        paragraph('Millicent Omanga told 5 people.'),
        paragraph('The Independent Boundaries and Electoral Commission (IEBC) met. Omanga left.'),
        list('bullet', ['first item', 'Later Omnaga said the the end.']),
      ]),
    });
  });

  it('lists each style issue with its place, rule, text and fix, and exits 3 for style warnings only', () => {
    const { code, stdout } = copydesk(workspace, 'check', troubled);
    expect(code).toBe(3);
    const lines = stdout.split('\n');
    const line = (rule: string) => lines.find((entry) => entry.includes(` ${rule} `)) ?? '';
    expect(line('curly-quotes')).toMatch(/^ {2}· style {4}headline col 14 +curly-quotes +“"” → ““”/);
    expect(line('numbers')).toMatch(/^ {2}· style {4}body ¶1:23 +numbers +“5” → “five” {2}Spell out “5” as “five”\.$/);
    expect(line('acronym-expansion-differs')).toMatch(/⚠ style {4}body ¶2:5 +acronym-expansion-differs +“Independent Boundaries and Electoral Commission” → “Independent Electoral and Boundaries Commission”/);
    expect(line('name-consistency')).toMatch(/⚠ style {4}body ¶3\.2:7 +name-consistency +“Omnaga” → “Omanga”/);
    expect(line('repeated-word')).toMatch(/body ¶3\.2:22 +repeated-word +“ the” → \(delete\)/);
    expect(stdout).toContain('0 blockers, 0 warnings; style: 3 warnings, 3 suggestions');
  });

  it('exits 0 when the style finds suggestions only, and counts what the draft ignores', () => {
    const folder = styled('suggestions', { body: body([paragraph('She has 3 children.')]) });
    const { code, stdout } = copydesk(workspace, 'check', folder);
    expect(code).toBe(0);
    expect(stdout).toContain('style: 0 warnings, 1 suggestion');
    const ignoring = copydesk(workspace, 'check', '--format', 'json', folder);
    const [issue] = JSON.parse(ignoring.stdout).drafts[0].style.issues;
    const quiet = styled('ignored', { body: body([paragraph('She has 3 children.')]), styleIgnores: [issue.id] });
    expect(copydesk(workspace, 'check', quiet).stdout).toContain('✔ ready to export; no style issues (1 ignored)');
  });

  it('blockers win over style warnings, and an unreadable input over both', () => {
    const blocked = styled('blocked-and-styled', { bylines: [], body: body([paragraph('Send an e-mail.')]) });
    expect(copydesk(workspace, 'check', blocked).code).toBe(1);
    expect(copydesk(workspace, 'check', blocked, path.join('inbox', 'corrupt.json')).code).toBe(4);
  });

  it('--style uses a newsroom’s style file', () => {
    const file = path.join(workspace, 'daily-style.json');
    const daily = { format: 'copydesk-house-style', version: 1, name: 'The Daily', rules: { numbers: { severity: 'off' } }, spellings: [{ avoid: ['told'], use: 'said to' }] };
    writeFileSync(file, JSON.stringify(daily));
    const { code, stdout } = copydesk(workspace, 'check', '--style', file, troubled);
    expect(code).toBe(3);
    expect(stdout).toContain(`House style: The Daily (${file})`);
    expect(stdout).toMatch(/⚠ style {4}body ¶1:18 +preferred-spelling +“told” → “said to”/);
    expect(stdout).not.toContain(' numbers ');
    // This file has no glossary, so the IEBC expansion is not compared.
    expect(stdout).not.toContain('acronym-expansion-differs');
  });

  it('--style refuses an invalid or missing file, naming it and the field, with exit 4', () => {
    const file = path.join(workspace, 'broken-style.json');
    writeFileSync(file, JSON.stringify({ format: 'copydesk-house-style', version: 1, name: 'Broken', glossary: [{ acronym: 'iebc', expansion: 'Independent Electoral and Boundaries Commission' }], rules: { numbers: { spellOutUpTo: 'nine' } } }));
    const broken = copydesk(workspace, 'check', '--style', file, troubled);
    expect(broken.code).toBe(4);
    expect(broken.stderr).toContain(`error: ${file}: is a house style file with invalid fields:`);
    expect(broken.stderr).toContain('$.glossary[0].acronym must be an acronym');
    expect(broken.stderr).toContain('$.rules.numbers.spellOutUpTo');
    expect(broken.stdout).toBe('');
    const missing = copydesk(workspace, 'check', '--style', 'no-such-style.json', troubled);
    expect(missing).toMatchObject({ code: 4, stderr: expect.stringContaining('no-such-style.json: the house style file cannot be read (ENOENT).') });
    writeFileSync(file, '{"format": "copydesk-house-style", ');
    expect(copydesk(workspace, 'check', '--style', file, troubled).stderr).toContain(`${file}: is not valid JSON`);
  });

  it('--format json gives one document with positions, fixes and the exit code', () => {
    const { code, stdout } = copydesk(workspace, 'check', '--format', 'json', troubled, 'nowhere');
    expect(code).toBe(4);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ format: 'copydesk-check', version: 1, exitCode: 4, style: { name: 'Copydesk generic news style', file: null }, errors: [{ file: 'nowhere', message: 'nowhere: no such file or folder.' }] });
    const issue = report.drafts[0].style.issues.find((entry: { ruleId: string }) => entry.ruleId === 'name-consistency');
    expect(issue).toMatchObject({ severity: 'warning', text: 'Omnaga', fix: { replacement: 'Omanga' }, location: { kind: 'body', blockIndex: 2, path: [1], start: 6, end: 12 }, position: { label: 'body ¶3.2:7', block: 3, column: 7 } });
    expect(copydesk(workspace, 'check', '--format', 'xml', troubled)).toMatchObject({ code: 2, stderr: expect.stringContaining('--format takes text or json, not “xml”') });
  });

  it('checks a folder of drafts and exits with the worst case: style warnings in one, none in another', () => {
    const root = path.join(workspace, 'desk');
    writeDraft(root, { ...minimalArticle, id: '11111111-1111-4111-8111-111111111111', bylines: kenyaPoliticsArticle.bylines, body: body([paragraph('A clean paragraph.')]) }, false);
    writeDraft(root, { ...minimalArticle, id: '22222222-2222-4222-8222-222222222222', bylines: kenyaPoliticsArticle.bylines, body: body([paragraph('Send an e-mail.')]) }, false);
    const { code, stdout } = copydesk(workspace, 'check', root);
    expect(code).toBe(3);
    expect(stdout).toContain('✔ ready to export; no style issues');
    expect(stdout).toMatch(/⚠ style {4}body ¶1:9 +preferred-spelling +“e-mail” → “email”/);
  });

  it('places issues in a picture’s caption and in the lead picture’s caption and alt text', () => {
    const folder = styled('captions', {
      body: body([paragraph('Intro.'), image({ file: 'assets/crowd.jpg', altText: 'A crowd', caption: 'Voters queue  at dawn.', credit: 'Photo: A. Oduya' })]),
      leadImage: { ...kenyaPoliticsArticle.leadImage!, caption: 'Agents count the the ballots.', altText: 'Ballot boxes TK' },
    });
    const { stdout } = copydesk(workspace, 'check', '--format', 'json', folder);
    const labels = JSON.parse(stdout).drafts[0].style.issues.map((issue: { ruleId: string; position: { label: string } }) => `${issue.position.label} ${issue.ruleId}`);
    expect(labels).toEqual(['body ¶2 caption:13 double-spaces', 'leadImage.caption col 17 repeated-word', 'leadImage.altText col 14 placeholder']);
  });

  it('finds no style issue in Arabic, Japanese or Thai copy, and exits 0', () => {
    for (const sample of [arabicArticle, japaneseArticle, thaiArticle]) {
      const { code, stdout } = copydesk(workspace, 'check', '--format', 'json', writeDraft(path.join(workspace, 'scripts'), sample, false));
      expect(code).toBe(0);
      expect(JSON.parse(stdout).drafts[0].style).toEqual({ issues: [], ignored: 0 });
    }
  });

  it('exits 2 for a usage error: no draft, or an option it does not know', () => {
    expect(copydesk(workspace, 'check')).toMatchObject({ code: 2, stderr: expect.stringContaining('check needs at least one draft.') });
    expect(copydesk(workspace, 'check', '--strict', troubled)).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--strict'") });
  });

  it('counts columns in characters, not UTF-16 units', () => {
    const folder = styled('emoji', { body: body([paragraph('🙂🙂 Send an e-mail.')]) });
    expect(copydesk(workspace, 'check', folder).stdout).toMatch(/body ¶1:12 +preferred-spelling/);
  });
});

describe('copydesk reads files as the app does', { timeout: 60_000 }, () => {
  it('refuses a file that is not valid UTF-8, naming the byte, in check and convert', () => {
    const root = path.join(workspace, 'latin1');
    const folder = writeDraft(root, minimalArticle, false);
    const file = path.join(folder, 'article.json');
    const text = readFileSync(file);
    writeFileSync(file, Buffer.concat([text.subarray(0, 30), Buffer.from([0xe9]), text.subarray(30)]));
    const checked = copydesk(workspace, 'check', folder);
    expect(checked.code).toBe(4);
    expect(checked.stderr).toContain(`${file}: is not valid UTF-8 text (byte 30).`);
    expect(checked.stdout).not.toContain('ready to export');
    const converted = copydesk(workspace, 'convert', folder, '--to', 'txt', '-o', path.join(workspace, 'out-latin1'));
    expect(converted.code).toBe(1);
    expect(converted.stderr).toContain('is not valid UTF-8 text (byte 30).');
  });

  it('refuses a file over the size a draft may be without reading it', () => {
    const file = path.join(workspace, 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, 200 * 1024 * 1024); // sparse: costs no disk
    const { code, stderr } = copydesk(workspace, 'check', file);
    expect(code).toBe(4);
    expect(stderr).toContain('huge.json: is 200.0 MB, more than the 50 MB a draft may be; it was not opened.');
    expect(stderr).not.toContain('Invalid string length');
  });

  it('does not copy or embed a draft image that is a link to a file outside the draft', () => {
    const root = path.join(workspace, 'linked');
    const folder = writeDraft(root, kenyaPoliticsArticle, false);
    writeFileSync(path.join(workspace, 'secret.jpg'), LEAD_BYTES);
    symlinkSync(path.join(workspace, 'secret.jpg'), path.join(folder, ...'assets/lead.jpg'.split('/')));
    const copied = copydesk(workspace, 'convert', folder, '--to', 'html', '-o', path.join(workspace, 'out-linked'), '--images', 'assets');
    expect(copied.stderr).toContain(`assets/lead.jpg was not used (it is a link to a file outside the draft folder), linked instead.`);
    expect(existsSync(path.join(workspace, 'out-linked', `${kenyaPoliticsArticle.id}_files`, 'assets'))).toBe(false);
    const embedded = copydesk(workspace, 'convert', folder, '--to', 'html', '-o', path.join(workspace, 'out-linked-embed'));
    expect(embedded.stderr).toContain('was not used (it is a link to a file outside the draft folder)');
    expect(readFileSync(path.join(workspace, 'out-linked-embed', `${kenyaPoliticsArticle.id}.html`), 'utf8')).not.toContain(LEAD_BYTES.toString('base64'));
  });
});

describe('copydesk --help', { timeout: 60_000 }, () => {
  it('explains the commands and exits 0', () => {
    const { code, stdout } = copydesk(workspace, '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('convert <input…> --to <format>');
    expect(stdout).toContain('check <draft…>');
  });

  it('explains each command', () => {
    expect(copydesk(workspace, 'convert', '--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('--images <mode>') });
    expect(copydesk(workspace, 'check', '--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('3  a draft has style warnings (no blockers)') });
  });
});
