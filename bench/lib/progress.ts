// Progress of a long bench step on stderr: a bar redrawn in place on a terminal, otherwise a
// line at every tenth (a log file gets ten lines, not thousands).
import { MB } from './stats.ts';

const WIDTH = 30;

export class Progress {
  private done = 0;
  private bytes = 0;
  private lastTenth = 0;
  private readonly started = performance.now();
  private readonly label: string;
  private readonly total: number;
  private readonly totalBytes: number;
  private readonly tty = process.stderr.isTTY === true;

  constructor(label: string, total: number, totalBytes: number) {
    this.label = label;
    this.total = total;
    this.totalBytes = totalBytes;
  }

  advance(bytes: number): void {
    this.done += 1;
    this.bytes += bytes;
    if (this.tty) {
      process.stderr.write(`\r${this.line()}`);
      return;
    }
    const tenth = Math.floor((this.done * 10) / Math.max(1, this.total));
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth;
      process.stderr.write(`${this.line()}\n`);
    }
  }

  finish(): void {
    if (this.tty) process.stderr.write('\n');
  }

  private line(): string {
    const share = this.done / Math.max(1, this.total);
    const filled = Math.round(share * WIDTH);
    const seconds = (performance.now() - this.started) / 1000;
    const eta = this.bytes > 0 ? (seconds * (this.totalBytes - this.bytes)) / this.bytes : Number.NaN;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    return `  ${this.label} ${bar} ${this.done}/${this.total} files · ${(this.bytes / MB).toFixed(1)}/${(this.totalBytes / MB).toFixed(1)} MB · ${seconds.toFixed(0)} s${Number.isFinite(eta) && this.done < this.total ? ` · ~${eta.toFixed(0)} s left` : ''}`;
  }
}
