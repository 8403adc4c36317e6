import { createLoaders, type Loaders } from '../api/loaders.ts';
import type { Viewer } from '../auth/index.ts';
import type { Database, StatementReader } from '../db/database.ts';
import type { HealthMonitor } from '../db/health.ts';

/**
 * What every resolver gets: the database to read through src/api (reads only: resolvers never
 * write), its health as last probed, this request's loaders, and who its token belongs to
 * (null without one; a presented token that is not good never builds a context).
 */
export interface GraphQLContext {
  db: StatementReader;
  health: HealthMonitor;
  loaders: Loaders;
  viewer: Viewer | null;
}

export function createContext(db: Database, health: HealthMonitor, viewer: Viewer | null = null): GraphQLContext {
  return { db, health, loaders: createLoaders(db), viewer };
}
