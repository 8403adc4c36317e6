import type { Database } from '../db/database.ts';

/** What every resolver gets: the database (and, per request, whatever loaders need). */
export interface GraphQLContext {
  db: Database;
}
