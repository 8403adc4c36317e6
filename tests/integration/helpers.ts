import path from 'node:path';
import { inject } from 'vitest';
import { parseConfig, type Config } from '../../src/config.ts';
import { CypherRegistry, cypherRegistry } from '../../src/cypher/registry.ts';
import { Database } from '../../src/db/database.ts';

/** Statements only the tests run (fixtures, clean-up), kept apart from the shipped registry. */
export const testCypher = new CypherRegistry(path.join(import.meta.dirname, 'cypher'));

/** The shared test Neo4j, as the app's Database, or with a registry of test statements. */
export function testDatabase(): Database;
export function testDatabase<Name extends string>(registry: CypherRegistry<Name>): Database<Name>;
export function testDatabase(registry: CypherRegistry<string> = cypherRegistry()): Database<string> {
  const { uri, password } = inject('neo4j');
  return new Database({ uri, username: 'neo4j', password, queryTimeoutMs: 30_000, registry });
}

/** Config pointing at the shared test Neo4j as an external server. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const { uri, password } = inject('neo4j');
  return parseConfig({ ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: password, LOG_LEVEL: 'silent', ...overrides });
}

/** The CLI as a user runs it (Node runs the TypeScript sources), for a child process. */
export const CLI = [path.join(import.meta.dirname, '..', '..', 'src', 'main.ts')];

/** The environment of a CLI child process against the shared test Neo4j. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { uri, password } = inject('neo4j');
  return { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: password, LOG_LEVEL: 'info', ...extra };
}

export async function clearDatabase(): Promise<void> {
  const db = testDatabase(testCypher);
  try {
    await db.write('delete-all');
  } finally {
    await db.close();
  }
}
