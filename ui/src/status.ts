// The status line (a polite live region: what just happened, for everyone and screen readers)
// and the busy state that the browser tests and the bench wait on.
import { ApiUnavailableError } from './api.ts';

/** What the status line says about a failure, or null when the API banner already says it. */
export function errorAnnouncement(error: unknown, context: string): string | null {
  if (error instanceof ApiUnavailableError) return null;
  const message = error instanceof Error ? error.message : String(error);
  return `${context}: ${message}`;
}

export class Status {
  private pending = 0;

  constructor(
    private readonly line: HTMLElement,
    /** Marked aria-busy while requests are out. */
    private readonly busyArea: HTMLElement,
  ) {}

  announce(message: string): void {
    this.line.textContent = message;
  }

  reportError(error: unknown, context: string): void {
    const message = errorAnnouncement(error, context);
    if (message) this.announce(message);
  }

  /**
   * Runs a piece of work that talks to the API: body[data-pending] counts what is still out (the
   * browser tests wait for 0), and a failure is announced rather than thrown.
   */
  async track<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.setPending(this.pending + 1);
    try {
      return await work();
    } catch (error) {
      this.reportError(error, 'That did not work');
      return undefined;
    } finally {
      this.setPending(this.pending - 1);
    }
  }

  private setPending(count: number): void {
    this.pending = count;
    document.body.dataset.pending = String(count);
    this.busyArea.setAttribute('aria-busy', String(count > 0));
  }
}
