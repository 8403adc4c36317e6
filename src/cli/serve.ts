import type { Config } from '../config.ts';
import { connect } from '../db/connect.ts';
import { PlanGraphError } from '../errors.ts';
import { logger } from '../log.ts';
import { createApp, listen } from '../server/app.ts';
import { onShutdown } from './run.ts';

export interface ServeOptions {
  /** Runs after the schema is applied and before the server listens (npm start ingests here). */
  beforeListen?: (connection: Awaited<ReturnType<typeof connect>>) => Promise<void>;
}

/** Starts (or connects to) the database, applies the schema, and serves until a signal. */
export async function serve(config: Config, options: ServeOptions = {}): Promise<void> {
  const connection = await connect(config);
  let server: ReturnType<typeof createApp> | undefined;
  onShutdown(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await connection.close();
  });
  try {
    const statements = await connection.db.applySchema();
    logger().info({ statements }, 'schema applied');
    await options.beforeListen?.(connection);
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
  // Keep running: the shutdown handler exits the process.
  await new Promise(() => undefined);
}
