import type { Config } from '../config.ts';
import { cypherRegistry } from '../cypher/registry.ts';
import { PlanGraphError } from '../errors.ts';
import { logger } from '../log.ts';
import { Database } from './database.ts';
import { embeddedPaths, runningEmbedded, startEmbedded, type EmbeddedOptions, type EmbeddedServer } from './embedded/instance.ts';
import { readFile } from 'node:fs/promises';
import { Supervisor } from './embedded/supervisor.ts';
import type { StartupTimings } from '../timings.ts';

/** The embedded server as the configuration describes it. */
export function embeddedOptions(config: Config, timings?: StartupTimings): EmbeddedOptions {
  return {
    dataDir: config.dataDir,
    cacheDir: config.cacheDir,
    neo4jHome: config.embedded.home,
    boltPort: config.embedded.boltPort,
    heap: config.embedded.heap,
    pageCache: config.embedded.pageCache,
    timings,
  };
}

export interface Connection {
  db: Database;
  /** The embedded server, when PlanGraph runs one (no NEO4J_URI), as first started. */
  embedded: EmbeddedServer | undefined;
  /** Restarts the embedded server when it dies; only for a server this process started. */
  supervisor: Supervisor | undefined;
  /** Closes the driver, and stops the embedded server if this process started it. */
  close(): Promise<void>;
}

/** Where the database is and how to log in, and the embedded server when this call started one. */
interface Endpoint {
  uri: string;
  username: string;
  password: string;
  embedded: EmbeddedServer | undefined;
}

/**
 * The three ways to run the database: NEO4J_URI set (a server of the user's, Docker's or Aura)
 * → connect and never start anything; otherwise the embedded server for the data directory,
 * started here unless `start` is false.
 */
async function endpointOf(config: Config, options: { start?: boolean; timings?: StartupTimings }): Promise<Endpoint> {
  if (config.neo4j.uri) {
    if (config.neo4j.password === undefined) {
      throw new PlanGraphError('CONFIG_INVALID', 'NEO4J_PASSWORD is required when NEO4J_URI is set', { subject: 'NEO4J_PASSWORD' });
    }
    return { uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password, embedded: undefined };
  }
  if (options.start === false) {
    const state = await runningEmbedded(config.dataDir);
    if (!state) {
      throw new PlanGraphError('UNAVAILABLE', `no embedded Neo4j is running for ${config.dataDir}: run \`npm run db -- start\` or \`npm start\``, {
        subject: 'PLANGRAPH_DATA_DIR',
      });
    }
    const password = (await readFile(embeddedPaths(config.dataDir).password, 'utf8')).trim();
    return { uri: `bolt://127.0.0.1:${state.port}`, username: 'neo4j', password, embedded: undefined };
  }
  const embedded = await startEmbedded(embeddedOptions(config, options.timings));
  return { uri: embedded.uri, username: embedded.username, password: embedded.password, embedded };
}

/**
 * One code path for the three ways to run the database (endpointOf). The connection is verified
 * before it is handed out; when it fails, what this call opened or started is closed again.
 */
export async function connect(config: Config, options: { start?: boolean; timings?: StartupTimings } = {}): Promise<Connection> {
  // Checked whole before any server starts: a missing statement stops start-up with one line.
  const registry = cypherRegistry();
  const { uri, username, password, embedded } = await endpointOf(config, options);
  // Only a server this process started is restarted: one started by `db start` or a server of
  // the user's (NEO4J_URI) is waited for, never touched.
  const supervisor = embedded?.owned ? new Supervisor(embedded, embeddedOptions(config), config.embedded.restart) : undefined;
  const db = new Database({
    uri,
    username,
    password,
    database: config.neo4j.database,
    queryTimeoutMs: config.queryTimeoutMs,
    registry,
    unavailable: () => supervisor?.unavailable(),
  });
  // Registered before any health monitor's listener, so that its first probe uses fresh connections.
  supervisor?.onChange((event) => {
    if (event.phase === 'running') db.resetConnections();
  });
  const stopServer = async () => {
    if (supervisor) {
      logger().info({ pid: supervisor.current.pid }, 'stopping embedded Neo4j');
      await supervisor.stop();
    }
  };
  try {
    await db.verify();
  } catch (error) {
    await db.close();
    await stopServer();
    throw error;
  }
  return {
    db,
    embedded,
    supervisor,
    async close() {
      await db.close();
      await stopServer();
    },
  };
}
