import { comparePlans } from '../../api/compare.ts';
import { timeline } from '../../api/timeline.ts';
import type { GraphQLContext } from '../context.ts';
import { boundedInt, LIMITS } from '../validate.ts';

type Ctx = GraphQLContext;

interface CompareArgs {
  a: string;
  b: string;
  types?: string[] | null;
  regionId?: string | null;
  first?: number | null;
  after?: string | null;
}

export const timelineResolvers = {
  Query: {
    timeline: (_: unknown, args: { id: string; first?: number | null; after?: string | null }, { db }: Ctx) =>
      timeline(db, args.id, { first: boundedInt('first', args.first, LIMITS.first, 0, LIMITS.first), after: args.after }),
    comparePlans: (_: unknown, args: CompareArgs, { db }: Ctx) =>
      comparePlans(db, args.a, args.b, { types: args.types ?? null, regionId: args.regionId ?? null }, boundedInt('first', args.first, 50, 0, LIMITS.first), args.after),
  },
};
