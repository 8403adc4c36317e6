import { checkHealth } from '../../server/health.ts';
import type { GraphQLContext } from '../context.ts';

export const healthResolvers = {
  Query: {
    health: (_parent: unknown, _args: unknown, { db }: GraphQLContext) => checkHealth(db),
  },
};
