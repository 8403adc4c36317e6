import { createLoaders, type Loaders } from '../api/loaders.ts';
import type { Database } from '../db/database.ts';
import type { HealthMonitor } from '../server/health.ts';

/** What every resolver gets: the database, its health as last probed, and this request's loaders. */
export interface GraphQLContext {
  db: Database;
  health: HealthMonitor;
  loaders: Loaders;
}

export function createContext(db: Database, health: HealthMonitor): GraphQLContext {
  return { db, health, loaders: createLoaders(db) };
}
