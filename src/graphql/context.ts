import { createLoaders, type Loaders } from '../api/loaders.ts';
import type { Viewer } from '../auth/index.ts';
import { curate, type Curated } from '../curation/curate.ts';
import type { CurationRequest } from '../curation/prepare.ts';
import type { Database, StatementReader } from '../db/database.ts';
import type { HealthMonitor } from '../db/health.ts';

/**
 * What every resolver gets: the database to read through src/api, its health as last probed,
 * this request's loaders, who its token belongs to (null without one; a presented token that is
 * not good never builds a context), and the one way to write: a curation (src/curation/), which
 * the server's gate lets through only with a curator's token.
 */
export interface GraphQLContext {
  db: StatementReader;
  health: HealthMonitor;
  loaders: Loaders;
  viewer: Viewer | null;
  curate: (request: CurationRequest, by: { author: string; reason: string }) => Promise<Curated>;
}

export function createContext(db: Database, health: HealthMonitor, options: { batchSize: number; viewer?: Viewer | null }): GraphQLContext {
  return {
    db,
    health,
    loaders: createLoaders(db),
    viewer: options.viewer ?? null,
    curate: (request, by) => curate(db, request, by, { batchSize: options.batchSize }),
  };
}
