import type { Database, Row } from './database.ts';
import type { Supervisor, SupervisorEvent } from './embedded/supervisor.ts';
import { logger } from '../log.ts';

/** ok: Neo4j answers; starting: no answer yet; restarting: the supervisor is at work; down: no answer, or given up. */
export type HealthStatus = 'ok' | 'starting' | 'restarting' | 'down';

/**
 * What /healthz and `{ health }` say. Every text is PlanGraph's own short wording: the driver's
 * messages (addresses, ports) go to the log only.
 */
export interface HealthReport {
  status: HealthStatus;
  ok: boolean;
  /** When the status last changed (ISO 8601). */
  since: string;
  neo4j: string | null;
  /** Why the service is not ok, when it is not. */
  reason: string | null;
  /** The last problem seen, kept after recovery, and when. */
  lastError: { message: string; at: string } | null;
  /** Restarts of the embedded server since start-up. */
  restarts: number;
}

/**
 * How long a probe may take before the database counts as not answering. A dead server is
 * refused at once; this bounds only a hung one, and leaves room for a busy one (a first query
 * after start-up took over a second on 2 cores).
 */
const PROBE_TIMEOUT_MS = 3000;
/** How long a failed probe waits for the supervisor to report the child's exit. */
const EXIT_GRACE_MS = 100;
const NOT_ANSWERING = 'the database is not answering';

/**
 * Health kept up to date in the background, so that asking for it costs nothing and answers at
 * once whatever the database does: a probe every `intervalMs` (one attempt, no retries, at most
 * a second), and the supervisor's word the moment the embedded server dies or gives up.
 */
export class HealthMonitor {
  private status: HealthStatus = 'starting';
  private since = new Date();
  private neo4j: string | null = null;
  private reason: string | null = null;
  private lastError: HealthReport['lastError'] = null;
  private timer: NodeJS.Timeout | undefined;
  private probing: Promise<void> | undefined;
  /** Counts the supervisor's reports, so that a probe outlived by one is not believed. */
  private epoch = 0;
  private readonly firstProbe: Promise<void>;
  private readonly unsubscribe: () => void;

  private readonly db: Database;
  private readonly intervalMs: number;
  private readonly supervisor: Supervisor | undefined;

  constructor(db: Database, intervalMs: number, supervisor?: Supervisor) {
    this.db = db;
    this.intervalMs = intervalMs;
    this.supervisor = supervisor;
    this.unsubscribe = supervisor?.onChange((event) => this.supervised(event)) ?? (() => undefined);
    if (supervisor && supervisor.phase !== 'running') this.supervised({ phase: supervisor.phase, reason: 'Neo4j stopped unexpectedly' });
    this.firstProbe = this.probe();
    this.timer = setInterval(() => void this.probe(), intervalMs);
    this.timer.unref();
  }

  /**
   * The current health, at once; only before the very first probe has settled does it wait for
   * it (at most PROBE_TIMEOUT_MS: a cold server's first answer took over 800 ms on 2 cores).
   * `serve` awaits that first probe before it listens, so its clients never wait.
   */
  async report(): Promise<HealthReport> {
    if (this.status === 'starting') await this.firstProbe;
    return this.snapshot();
  }

  snapshot(): HealthReport {
    return {
      status: this.status,
      ok: this.status === 'ok',
      since: this.since.toISOString(),
      neo4j: this.status === 'ok' ? this.neo4j : null,
      reason: this.reason,
      lastError: this.lastError,
      restarts: this.supervisor?.restarts ?? 0,
    };
  }

  /** Seconds a client should wait before retrying, or undefined when waiting will not help. */
  retryAfterSeconds(): number | undefined {
    if (this.status === 'ok') return undefined;
    if (this.supervisor?.phase === 'gave-up') return undefined;
    return Math.max(1, Math.ceil(this.intervalMs / 1000)) + (this.status === 'restarting' ? 10 : 0);
  }

  stop(): void {
    clearInterval(this.timer);
    this.unsubscribe();
  }

  private set(status: HealthStatus, reason: string | null): void {
    if (reason) this.lastError = { message: reason, at: new Date().toISOString() };
    if (status === this.status && reason === this.reason) return;
    if (status !== this.status) {
      this.since = new Date();
      logger().info({ status, reason }, `health: ${status}`);
    }
    this.status = status;
    this.reason = reason;
  }

  private supervised(event: SupervisorEvent): void {
    this.epoch += 1;
    if (event.phase === 'restarting') this.set('restarting', event.reason);
    else if (event.phase === 'gave-up') this.set('down', event.reason);
    // Back up: a probe at once confirms that Bolt answers before saying ok (after any probe
    // still in flight, whose failure belongs to the server before).
    else void (this.probing ?? Promise.resolve()).then(() => this.probe());
  }

  /** One probe at a time: a hung one is not stacked upon, and its timeout already said "down". */
  private probe(): Promise<void> {
    this.probing ??= this.probeOnce().finally(() => {
      this.probing = undefined;
    });
    return this.probing;
  }

  private async probeOnce(): Promise<void> {
    const epoch = this.epoch;
    try {
      const row = await this.ping();
      this.neo4j = row ? `${String(row.version)} ${String(row.edition)}` : null;
      const phase = this.supervisor?.phase;
      if (phase === undefined || phase === 'running') this.set('ok', null);
    } catch (error) {
      // A killed child is often refused on Bolt a few milliseconds before its exit is reported:
      // give the supervisor that moment, so the status goes straight to `restarting`.
      if (this.supervisor?.phase === 'running') await new Promise((resolve) => setTimeout(resolve, EXIT_GRACE_MS));
      const phase = this.supervisor?.phase;
      // A probe of the server before a restart says nothing about the one after it.
      if (phase === 'restarting' || phase === 'gave-up' || epoch !== this.epoch) return;
      // The full cause is logged once, when the service leaves ok; clients read the short reason.
      if (this.status !== 'down') logger().warn({ err: error }, 'health probe: the database is not answering');
      this.set('down', NOT_ANSWERING);
    }
  }

  private async ping(): Promise<Row | undefined> {
    const started = performance.now();
    try {
      return await this.db.ping(PROBE_TIMEOUT_MS);
    } catch (error) {
      // A connection pooled before a restart fails at once and is dropped: one more try opens a
      // fresh one. A probe that timed out is not repeated.
      if (performance.now() - started > PROBE_TIMEOUT_MS / 2) throw error;
      return this.db.ping(PROBE_TIMEOUT_MS);
    }
  }
}
