// Progress of a long bench step on stderr: cli-progress's bar on a terminal, otherwise a line at
// every tenth (a log file gets ten lines, not thousands).
import cliProgress from 'cli-progress';
import { MB } from './stats.ts';

export class Progress {
  private done = 0;
  private bytes = 0;
  private lastTenth = 0;
  private readonly started = performance.now();
  private readonly label: string;
  private readonly total: number;
  private readonly totalBytes: number;
  private readonly bar: cliProgress.SingleBar | null;

  constructor(label: string, total: number, totalBytes: number) {
    this.label = label;
    this.total = total;
    this.totalBytes = totalBytes;
    this.bar = process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: `  ${label} [{bar}] {value}/{total} files · {mb}/${(totalBytes / MB).toFixed(1)} MB · {duration}s · ~{eta}s left`, hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
    this.bar?.start(total, 0, { mb: '0.0' });
  }

  advance(bytes: number): void {
    this.done += 1;
    this.bytes += bytes;
    if (this.bar) {
      this.bar.update(this.done, { mb: (this.bytes / MB).toFixed(1) });
      return;
    }
    const tenth = Math.floor((this.done * 10) / Math.max(1, this.total));
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth;
      process.stderr.write(`${this.line()}\n`);
    }
  }

  finish(): void {
    this.bar?.stop();
  }

  private line(): string {
    const seconds = (performance.now() - this.started) / 1000;
    const left = this.bytes > 0 && this.done < this.total ? ` · ~${((seconds * (this.totalBytes - this.bytes)) / this.bytes).toFixed(0)} s left` : '';
    return `  ${this.label} ${this.done}/${this.total} files · ${(this.bytes / MB).toFixed(1)}/${(this.totalBytes / MB).toFixed(1)} MB · ${seconds.toFixed(0)} s${left}`;
  }
}
