import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createReporter } from './progress';

function capture(isTTY: boolean) {
  const chunks = { out: '', err: '' };
  const out = new Writable({ write: (chunk, _encoding, done) => ((chunks.out += String(chunk)), done()) });
  const err = Object.assign(new Writable({ write: (chunk, _encoding, done) => ((chunks.err += String(chunk)), done()) }), { isTTY, columns: 60 });
  return { chunks, reporter: createReporter({ out, err }) };
}

describe('batch progress', () => {
  it('on a terminal, redraws one bar and prints errors above it', () => {
    const { chunks, reporter } = capture(true);
    reporter.start(2);
    reporter.converted('inbox/a.json', 'out/a.html');
    reporter.failed('inbox/b.json: is not valid JSON.');
    reporter.finish('Converted 1 of 2 inputs to html; 1 failed.');
    expect(chunks.err).toContain('[████████████░░░░░░░░░░░░] 1/2 inbox/a.json');
    expect(chunks.err).toContain('\r\x1b[2Kerror: inbox/b.json: is not valid JSON.\n');
    expect(chunks.err).toContain('[████████████████████████] 2/2');
    expect(chunks.out).toBe('Converted 1 of 2 inputs to html; 1 failed.\n');
  });

  it('elsewhere, writes a plain line per file and no control characters', () => {
    const { chunks, reporter } = capture(false);
    reporter.start(2);
    reporter.converted('inbox/a.json', 'out/a.html');
    reporter.failed('inbox/b.json: is not valid JSON.');
    reporter.finish('done');
    expect(chunks.out).toBe('converted inbox/a.json → out/a.html\ndone\n');
    expect(chunks.err).toBe('error: inbox/b.json: is not valid JSON.\n');
  });
});
