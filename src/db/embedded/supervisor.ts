import type { RestartPolicy } from '../../config.ts';
import { PlanGraphError } from '../../errors.ts';
import { logger } from '../../log.ts';
import { embeddedPaths, startEmbedded, tail, type EmbeddedExit, type EmbeddedOptions, type EmbeddedServer } from './instance.ts';

/** running: the server is up; restarting: it died and is being started again; gave-up: it stays down. */
export type SupervisorPhase = 'running' | 'restarting' | 'gave-up';

/** What the health monitor is told: the phase, and in words a client may read, why. */
export interface SupervisorEvent {
  phase: SupervisorPhase;
  reason: string | null;
}

function describeExit(exit: EmbeddedExit): string {
  if (exit.signal) return `killed by ${exit.signal}`;
  return `exit code ${String(exit.code)}`;
}

/**
 * Keeps the embedded Neo4j this process started running: when it exits unasked, the exit and
 * the tail of its console are logged and it is started again on the same port and data, after
 * a wait that doubles with each failure in a row. A server that stays up `healthyMs` resets the
 * count; after `limit` failed restarts in a row the supervisor gives up and says so. Servers this
 * process did not start are never supervised (see connect.ts).
 */
export class Supervisor {
  phase: SupervisorPhase = 'running';
  /** Restarts tried since this process started, for /healthz. */
  restarts = 0;
  private server: EmbeddedServer;
  private failures = 0;
  private stopping = false;
  private healthyTimer: NodeJS.Timeout | undefined;
  private wait: { timer: NodeJS.Timeout; resolve: () => void } | undefined;
  private restarting: Promise<void> | undefined;
  private readonly listeners = new Set<(event: SupervisorEvent) => void>();

  private readonly options: EmbeddedOptions;
  private readonly policy: RestartPolicy;

  constructor(server: EmbeddedServer, options: EmbeddedOptions, policy: RestartPolicy) {
    this.server = server;
    this.options = options;
    this.policy = policy;
    this.watch(server);
  }

  get current(): EmbeddedServer {
    return this.server;
  }

  onChange(listener: (event: SupervisorEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves true once the server runs (at once if it does), false if the supervisor gives up. */
  whenRunning(): Promise<boolean> {
    if (this.phase !== 'restarting') return Promise.resolve(this.phase === 'running');
    return new Promise((resolve) => {
      const off = this.onChange((event) => {
        if (event.phase === 'restarting') return;
        off();
        resolve(event.phase === 'running');
      });
    });
  }

  /** Why no query can succeed now, or undefined while the server runs: queries fail at once instead of waiting on the driver. */
  unavailable(): PlanGraphError | undefined {
    if (this.phase === 'running') return undefined;
    return new PlanGraphError('UNAVAILABLE', this.phase === 'restarting' ? 'the embedded Neo4j is restarting' : 'the embedded Neo4j is down: PlanGraph gave up restarting it', {
      subject: 'neo4j',
    });
  }

  /** Stops supervising and stops the server (waiting for a restart under way to finish first). */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.healthyTimer);
    if (this.wait) {
      clearTimeout(this.wait.timer);
      this.wait.resolve();
    }
    await this.restarting;
    if (this.server.owned) await this.server.stop();
  }

  private emit(phase: SupervisorPhase, reason: string | null): void {
    this.phase = phase;
    for (const listener of this.listeners) listener({ phase, reason });
  }

  private watch(server: EmbeddedServer): void {
    clearTimeout(this.healthyTimer);
    this.healthyTimer = setTimeout(() => {
      this.failures = 0;
    }, this.policy.healthyMs);
    this.healthyTimer.unref();
    void server.exited?.then((exit) => this.exited(server, exit));
  }

  private exited(server: EmbeddedServer, exit: EmbeddedExit): void {
    if (this.stopping || server !== this.server) return;
    clearTimeout(this.healthyTimer);
    const console = embeddedPaths(this.options.dataDir).console;
    logger().error(
      { pid: server.pid, code: exit.code, signal: exit.signal, console, tail: tail(console) },
      `the embedded Neo4j (pid ${server.pid}) exited unexpectedly: ${describeExit(exit)}`,
    );
    this.failed(`Neo4j stopped unexpectedly (${describeExit(exit)})`);
  }

  private failed(reason: string): void {
    if (this.failures >= this.policy.limit) {
      const message =
        this.policy.limit === 0
          ? 'the embedded Neo4j stopped and PLANGRAPH_RESTART_LIMIT=0: not restarting it'
          : `the embedded Neo4j failed ${this.failures} restart${this.failures === 1 ? '' : 's'} in a row: giving up; fix the cause (see the lines above) and restart PlanGraph`;
      logger().fatal({ failures: this.failures, restarts: this.restarts }, message);
      this.emit('gave-up', `${reason}; PlanGraph gave up restarting it after ${this.failures} failed restart${this.failures === 1 ? '' : 's'} in a row`);
      return;
    }
    this.failures += 1;
    this.restarts += 1;
    const delayMs = Math.min(this.policy.backoffMs * 2 ** (this.failures - 1), this.policy.backoffMaxMs);
    logger().warn({ attempt: this.failures, limit: this.policy.limit, delayMs }, `restarting the embedded Neo4j in ${delayMs / 1000} s (attempt ${this.failures} of ${this.policy.limit})`);
    this.emit('restarting', `${reason}; restarting it (attempt ${this.failures} of ${this.policy.limit})`);
    this.restarting = this.restart(delayMs);
  }

  private async restart(delayMs: number): Promise<void> {
    await new Promise<void>((resolve) => {
      this.wait = { timer: setTimeout(resolve, delayMs), resolve };
    });
    this.wait = undefined;
    if (this.stopping) return;
    let server: EmbeddedServer;
    try {
      // The same port: the driver keeps its address, and clients never learn it changed.
      server = await startEmbedded({ ...this.options, boltPort: this.server.port, detached: false, timings: undefined });
    } catch (error) {
      logger().error({ err: error }, `the embedded Neo4j did not restart: ${(error as Error).message}`);
      if (!this.stopping) this.failed('Neo4j did not restart');
      return;
    }
    if (this.stopping) {
      await server.stop();
      return;
    }
    if (!server.owned) {
      // Someone else started a server for this data directory meanwhile: use it, never supervise it.
      logger().warn({ pid: server.pid }, 'another process started the embedded Neo4j meanwhile: using it, without supervising it');
    }
    this.server = server;
    logger().info({ pid: server.pid, port: server.port, restarts: this.restarts }, 'the embedded Neo4j is back after a restart');
    this.emit('running', null);
    if (server.owned) this.watch(server);
  }
}
