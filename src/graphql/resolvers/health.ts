import type { GraphQLContext } from '../context.ts';

export const healthResolvers = {
  Query: {
    health: async (_parent: unknown, _args: unknown, { health }: GraphQLContext) => {
      const report = await health.report();
      return {
        ...report,
        status: report.status.toUpperCase(),
        lastError: report.lastError?.message ?? null,
        lastErrorAt: report.lastError?.at ?? null,
      };
    },
  },
};
