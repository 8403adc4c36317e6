import { entitiesPage } from '../../api/entities.ts';
import { evidenceSnippet } from '../../api/evidence.ts';
import { PLANS_OF_ENTITY } from '../../api/loaders.ts';
import type { EntityView, EvidenceView, RelationView } from '../../api/views.ts';
import { ENTITY_LABEL, type EntityType } from '../../model/entity.ts';
import { regionId } from '../../model/ids.ts';
import type { GraphQLContext } from '../context.ts';
import { boundedInt, LIMITS } from '../validate.ts';

type Ctx = GraphQLContext;

/** The other ends of one relationship type in one direction, most evidenced first. */
const related = (type: string, direction: 'IN' | 'OUT') => async (entity: EntityView, _: unknown, { loaders }: Ctx) =>
  (await loaders.relationsOfEntity.load(entity.id)).filter((r) => r.type === type && r.direction === direction).map((r) => r.other);

const firstRelated = (type: string, direction: 'IN' | 'OUT') => async (entity: EntityView, args: unknown, ctx: Ctx) =>
  (await related(type, direction)(entity, args, ctx))[0] ?? null;

/** Fields every entity type has. */
const common = {
  planCount: async (entity: EntityView, _: unknown, { loaders }: Ctx) => (await loaders.plansOfEntity.load(entity.id)).planCount,
  plans: async (entity: EntityView, args: { first?: number | null }, { loaders }: Ctx) =>
    (await loaders.plansOfEntity.load(entity.id)).plans.slice(0, boundedInt('first', args.first, PLANS_OF_ENTITY, 0, PLANS_OF_ENTITY)),
  relations: async (entity: EntityView, args: { first?: number | null }, { loaders }: Ctx) =>
    (await loaders.relationsOfEntity.load(entity.id)).slice(0, boundedInt('first', args.first, 50, 0, LIMITS.first)),
};

export const entityResolvers = {
  Query: {
    entity: (_: unknown, { id }: { id: string }, { loaders }: Ctx) => loaders.entity.load(id),
    entities: (
      _: unknown,
      args: { types?: EntityType[] | null; regionId?: string | null; planId?: string | null; first?: number | null; after?: string | null },
      { db }: Ctx,
    ) =>
      entitiesPage(
        db,
        { types: args.types ?? null, regionId: args.regionId ?? null, planId: args.planId ?? null },
        boundedInt('first', args.first, 50, 0, LIMITS.first),
        args.after,
      ),
  },
  Entity: {
    __resolveType: (entity: { type: EntityType }) => ENTITY_LABEL[entity.type],
  },
  Relation: {
    evidence: (relation: RelationView) => relation.evidence,
  },
  Evidence: {
    plan: (evidence: EvidenceView, _: unknown, { loaders }: Ctx) => loaders.plan.load(evidence.planId),
    section: (evidence: EvidenceView, _: unknown, { loaders }: Ctx) => loaders.section.load(evidence.sectionId),
    snippet: async (evidence: EvidenceView, _: unknown, { loaders }: Ctx) => (await evidenceSnippet(loaders, evidence)).snippet,
    snippetStart: async (evidence: EvidenceView, _: unknown, { loaders }: Ctx) => (await evidenceSnippet(loaders, evidence)).snippetStart,
  },
  Region: {
    ...common,
    parent: (region: EntityView, _: unknown, { loaders }: Ctx) => (region.parentCode ? loaders.entity.load(regionId(region.parentCode)) : null),
    children: (region: EntityView, _: unknown, { loaders }: Ctx) => loaders.childrenOfRegion.load(region.id),
    formerNames: (region: EntityView) => region.formerNames ?? [],
    entities: (region: EntityView, args: { types?: string[] | null; first?: number | null; after?: string | null }, { db }: Ctx) =>
      entitiesPage(db, { types: args.types ?? null, regionId: region.id, planId: null }, boundedInt('first', args.first, 50, 0, LIMITS.first), args.after),
  },
  Zone: { ...common, covers: related('COVERS', 'OUT'), parks: related('IN_ZONE', 'IN') },
  Park: { ...common, region: firstRelated('LOCATED_IN', 'OUT'), zone: firstRelated('IN_ZONE', 'OUT') },
  Enterprise: { ...common, region: firstRelated('LOCATED_IN', 'OUT'), projects: related('BUILT_BY', 'IN') },
  Project: {
    ...common,
    enterprise: firstRelated('BUILT_BY', 'OUT'),
    park: firstRelated('IN_PARK', 'OUT'),
    region: firstRelated('LOCATED_IN', 'OUT'),
  },
  Policy: { ...common },
};
