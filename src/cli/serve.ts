import type { Config } from '../config.ts';
import { connect, type Connection } from '../db/connect.ts';
import { isPlanGraphError, PlanGraphError } from '../errors.ts';
import { logger } from '../log.ts';
import { createApp, listen } from '../server/app.ts';
import { HealthMonitor } from '../db/health.ts';
import type { StartupTimings } from '../timings.ts';
import { onShutdown } from './run.ts';

export interface ServeOptions {
  /** Runs after the schema is applied and before the server listens (npm start ingests here). */
  beforeListen?: (connection: Awaited<ReturnType<typeof connect>>) => Promise<void>;
  /** When given, each start-up phase is timed and the breakdown printed once the first request is answered. */
  timings?: StartupTimings;
}

/** Sends the server its first request, as a client would, so that the breakdown ends when it answers. */
async function firstRequest(host: string, port: number): Promise<void> {
  const response = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  await response.text();
}

/**
 * Runs a start-up step again when the embedded database died under it and the supervisor
 * brought it back: loads are versioned, so the next run discards what the interrupted one left
 * unfinished and skips what it finished. Without a supervisor, or once it gives up, the error stands.
 */
async function throughRestarts<T>(connection: Connection, step: () => Promise<T>): Promise<T> {
  const { supervisor } = connection;
  for (;;) {
    const restarts = supervisor?.restarts ?? 0;
    try {
      return await step();
    } catch (error) {
      if (!isPlanGraphError(error, 'UNAVAILABLE') || !supervisor) throw error;
      // The driver may notice the dead server a moment before its exit is reported.
      if (supervisor.restarts === restarts) await new Promise((resolve) => setTimeout(resolve, 200));
      // Only a restart is a reason to try again: a server that runs and still fails stays failed.
      if (supervisor.restarts === restarts || !(await supervisor.whenRunning())) throw error;
      logger().warn('the embedded Neo4j restarted during start-up: running the step again');
    }
  }
}

/** Starts (or connects to) the database, applies the schema, and serves until a signal. */
export async function serve(config: Config, options: ServeOptions = {}): Promise<void> {
  const { timings } = options;
  const connection = await connect(config, { timings });
  let server: ReturnType<typeof createApp> | undefined;
  let health: HealthMonitor | undefined;
  onShutdown(async () => {
    health?.stop();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await connection.close();
  });
  try {
    const applySchema = () => throughRestarts(connection, () => connection.db.applySchema());
    const statements = await (timings ? timings.time('schema', applySchema) : applySchema());
    logger().info({ statements }, 'schema applied');
    const { beforeListen } = options;
    if (beforeListen) {
      const ingest = () => throughRestarts(connection, () => beforeListen(connection));
      await (timings ? timings.time('ingest', ingest) : ingest());
    }
    // Probing starts with serving: during the start-up ingest a busy server is not a sick one.
    health = new HealthMonitor(connection.db, config.healthIntervalMs, connection.supervisor);
    await health.report();
    server = createApp(config, connection.db, { health });
    await listen(server, config.server.host, config.server.port).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE'
        ? new PlanGraphError('CONFIG_INVALID', `PORT=${config.server.port} is already in use on ${config.server.host}: stop what uses it or set PORT`, { subject: 'PORT' })
        : error;
    });
  } catch (error) {
    health?.stop();
    await connection.close();
    throw error;
  }
  if (timings) {
    const host = config.server.host === '0.0.0.0' ? '127.0.0.1' : config.server.host === '::' ? '::1' : config.server.host;
    await timings.time('firstRequest', () => firstRequest(host, config.server.port)).catch((error: unknown) => logger().warn({ error }, 'the first request failed'));
    process.stderr.write(`plangraph: ${timings.summary()}\n`);
  }
  // Keep running: the shutdown handler exits the process.
  await new Promise(() => undefined);
}
