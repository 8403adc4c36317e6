import { searchEntities } from '../../api/search.ts';
import type { EntityType } from '../../model/entity.ts';
import type { GraphQLContext } from '../context.ts';
import { boundedInt, LIMITS } from '../validate.ts';

export const searchResolvers = {
  Query: {
    search: (_: unknown, args: { query: string; types?: EntityType[] | null; first?: number | null }, { db }: GraphQLContext) =>
      searchEntities(db, args.query, args.types ?? null, boundedInt('first', args.first, 20, 1, LIMITS.first)),
  },
};
