/**
 * Failed authentications per client, in memory: after `limit` failures within one window the
 * client's tokens are not even checked until the window passes. A fixed window from the first
 * failure keeps it to one counter per client; a restart forgets everything, which costs an
 * attacker nothing they could not get by waiting a minute.
 */
export class FailureLimiter {
  private readonly windows = new Map<string, { start: number; failures: number }>();

  readonly limit: number;
  readonly windowMs: number;
  private readonly clock: () => number;

  constructor(limit = 10, windowMs = 60_000, clock: () => number = Date.now) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.clock = clock;
  }

  /** Seconds until the client may try again, or undefined when it may now. */
  retryAfterSeconds(client: string): number | undefined {
    const window = this.current(client);
    if (!window || window.failures < this.limit) return undefined;
    return Math.max(1, Math.ceil((window.start + this.windowMs - this.clock()) / 1000));
  }

  recordFailure(client: string): void {
    const window = this.current(client);
    if (window) window.failures += 1;
    else this.windows.set(client, { start: this.clock(), failures: 1 });
    if (this.windows.size > 10_000) this.forgetPassed();
  }

  private current(client: string): { start: number; failures: number } | undefined {
    const window = this.windows.get(client);
    if (window && this.clock() - window.start >= this.windowMs) {
      this.windows.delete(client);
      return undefined;
    }
    return window;
  }

  /** Keeps memory bounded when many clients fail once and never come back. */
  private forgetPassed(): void {
    for (const client of [...this.windows.keys()]) this.current(client);
  }
}
