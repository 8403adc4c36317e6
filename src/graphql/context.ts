import { createLoaders, type Loaders } from '../api/loaders.ts';
import type { Database } from '../db/database.ts';

/** What every resolver gets: the database and this request's loaders. */
export interface GraphQLContext {
  db: Database;
  loaders: Loaders;
}

export function createContext(db: Database): GraphQLContext {
  return { db, loaders: createLoaders(db) };
}
