import type { Config } from '../config.ts';
import { connect } from '../db/connect.ts';
import { PlanGraphError } from '../errors.ts';
import { logger } from '../log.ts';
import { createApp, listen } from '../server/app.ts';
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

/** Starts (or connects to) the database, applies the schema, and serves until a signal. */
export async function serve(config: Config, options: ServeOptions = {}): Promise<void> {
  const { timings } = options;
  const connection = await connect(config, { timings });
  let server: ReturnType<typeof createApp> | undefined;
  onShutdown(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await connection.close();
  });
  try {
    const statements = await (timings ? timings.time('schema', () => connection.db.applySchema()) : connection.db.applySchema());
    logger().info({ statements }, 'schema applied');
    if (options.beforeListen) {
      const beforeListen = options.beforeListen;
      await (timings ? timings.time('ingest', () => beforeListen(connection)) : beforeListen(connection));
    }
    server = createApp(config, connection.db);
    await listen(server, config.server.host, config.server.port).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE'
        ? new PlanGraphError('CONFIG_INVALID', `PORT=${config.server.port} is already in use on ${config.server.host}: stop what uses it or set PORT`, { subject: 'PORT' })
        : error;
    });
  } catch (error) {
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
