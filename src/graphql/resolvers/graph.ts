import { neighborhood, shortestPath } from '../../api/graph.ts';
import type { EvidenceView } from '../../api/views.ts';
import type { EntityType } from '../../model/entity.ts';
import type { GraphQLContext } from '../context.ts';
import { boundedIds, boundedInt, LIMITS } from '../validate.ts';

export const graphResolvers = {
  Query: {
    neighborhood: (
      _: unknown,
      args: { ids: string[]; depth?: number | null; types?: EntityType[] | null; limit?: number | null },
      { db }: GraphQLContext,
    ) =>
      neighborhood(db, boundedIds('ids', args.ids), {
        depth: boundedInt('depth', args.depth, 1, 1, LIMITS.depth),
        types: args.types ?? null,
        limit: boundedInt('limit', args.limit, 200, 1, LIMITS.neighborhoodLimit),
      }),
    path: (_: unknown, args: { from: string; to: string; maxLength?: number | null }, { db }: GraphQLContext) =>
      shortestPath(db, args.from, args.to, boundedInt('maxLength', args.maxLength, 6, 1, LIMITS.pathLength)),
  },
  GraphEdgeData: {
    evidence: (edge: { evidence: EvidenceView[] }) => edge.evidence,
  },
};
