import type { Config } from '../config.ts';
import { connect, embeddedOptions } from '../db/connect.ts';
import { embeddedPaths, runningEmbedded, startEmbedded, stopEmbedded } from '../db/embedded/instance.ts';
import { PlanGraphError } from '../errors.ts';

function requireEmbedded(config: Config, action: string): void {
  if (config.neo4j.uri) {
    throw new PlanGraphError('BAD_USER_INPUT', `\`db ${action}\` manages the embedded Neo4j, but NEO4J_URI is set: PlanGraph never starts or stops a server of yours`, {
      subject: 'NEO4J_URI',
    });
  }
}

/** `plangraph db start`: runs the embedded server in the background until `db stop`. */
export async function dbStart(config: Config): Promise<void> {
  requireEmbedded(config, 'start');
  const server = await startEmbedded({ ...embeddedOptions(config), detached: true });
  process.stdout.write(`Neo4j ${server.version} is running: ${server.uri} (pid ${server.pid}); password in ${embeddedPaths(config.dataDir).password}\n`);
}

export async function dbStop(config: Config): Promise<void> {
  requireEmbedded(config, 'stop');
  const stopped = await stopEmbedded(config.dataDir);
  process.stdout.write(stopped ? 'Neo4j stopped.\n' : 'Neo4j was not running.\n');
}

/**
 * Exit status 0 when the database answers, 69 (UNAVAILABLE) when it does not. A health check,
 * so it asks the way the server's health probe does (Database.ping: one attempt, bounded in
 * time) rather than as an API read that the driver retries.
 */
export async function dbStatus(config: Config): Promise<number> {
  if (!config.neo4j.uri) {
    const state = await runningEmbedded(config.dataDir);
    if (!state) {
      process.stdout.write(`embedded Neo4j: not running (data in ${config.dataDir})\n`);
      return 69;
    }
  }
  const connection = await connect(config, { start: false });
  try {
    const server = await connection.db.ping(config.queryTimeoutMs);
    process.stdout.write(`Neo4j ${server?.version} ${server?.edition} answers at ${connection.db.uri}\n`);
    return 0;
  } finally {
    await connection.close();
  }
}
