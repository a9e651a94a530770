/**
 * How a batch reports: on a terminal, one progress bar redrawn in place with errors printed above it;
 * otherwise (pipes, CI logs) a plain line per file.
 */
export interface Reporter {
  start(total: number): void;
  converted(input: string, output: string): void;
  failed(message: string): void;
  warn(message: string): void;
  finish(summary: string): void;
}

interface Streams {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

const BAR_WIDTH = 24;

export function createReporter(streams: Streams = { out: process.stdout, err: process.stderr }): Reporter {
  return streams.err.isTTY ? new ProgressBar(streams) : new LineReporter(streams);
}

class LineReporter implements Reporter {
  constructor(private readonly streams: Streams) {}
  start(): void {}
  converted(input: string, output: string): void {
    this.streams.out.write(`converted ${input} → ${output}\n`);
  }
  failed(message: string): void {
    this.streams.err.write(`error: ${message}\n`);
  }
  warn(message: string): void {
    this.streams.err.write(`warning: ${message}\n`);
  }
  finish(summary: string): void {
    this.streams.out.write(`${summary}\n`);
  }
}

class ProgressBar implements Reporter {
  private total = 0;
  private done = 0;
  private current = '';

  constructor(private readonly streams: Streams) {}

  start(total: number): void {
    this.total = total;
    this.draw();
  }
  converted(input: string): void {
    this.done += 1;
    this.current = input;
    this.draw();
  }
  failed(message: string): void {
    this.done += 1;
    this.above(`error: ${message}`);
  }
  warn(message: string): void {
    this.above(`warning: ${message}`);
  }
  finish(summary: string): void {
    this.streams.err.write('\r\x1b[2K');
    this.streams.out.write(`${summary}\n`);
  }

  private above(line: string): void {
    this.streams.err.write(`\r\x1b[2K${line}\n`);
    this.draw();
  }

  private draw(): void {
    const filled = this.total === 0 ? BAR_WIDTH : Math.round((this.done / this.total) * BAR_WIDTH);
    const counter = `${this.done}/${this.total}`;
    const room = Math.max(0, (this.streams.err.columns ?? 80) - BAR_WIDTH - counter.length - 5);
    const name = this.current.length > room ? `…${this.current.slice(this.current.length - room + 1)}` : this.current;
    this.streams.err.write(`\r\x1b[2K[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${counter} ${name}`);
  }
}
