import { createLoaders, type Loaders } from '../api/loaders.ts';
import type { Database, StatementReader } from '../db/database.ts';
import type { HealthMonitor } from '../db/health.ts';

/**
 * What every resolver gets: the database to read through src/api (reads only: resolvers never
 * write), its health as last probed, and this request's loaders.
 */
export interface GraphQLContext {
  db: StatementReader;
  health: HealthMonitor;
  loaders: Loaders;
}

export function createContext(db: Database, health: HealthMonitor): GraphQLContext {
  return { db, health, loaders: createLoaders(db) };
}
