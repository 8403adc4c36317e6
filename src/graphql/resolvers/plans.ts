import { entitiesPage } from '../../api/entities.ts';
import { listPlans } from '../../api/plans.ts';
import { traceEntity } from '../../api/trace.ts';
import type { MentionView, PlanView, SectionView } from '../../api/views.ts';
import { regionId } from '../../model/ids.ts';
import type { GraphQLContext } from '../context.ts';
import { boundedInt, LIMITS } from '../validate.ts';

type Ctx = GraphQLContext;
interface TraceArgs {
  id: string;
  first?: number | null;
  after?: string | null;
  mentionsPerPlan?: number | null;
  plan?: string | null;
}

export const planResolvers = {
  Query: {
    plans: (_: unknown, __: unknown, { db }: Ctx) => listPlans(db),
    plan: (_: unknown, { id }: { id: string }, { loaders }: Ctx) => loaders.plan.load(id),
    section: (_: unknown, { id }: { id: string }, { loaders }: Ctx) => loaders.section.load(id),
    // Capped when not paged: a hub entity of a national corpus is in thousands of plans.
    trace: (_: unknown, args: TraceArgs, { db }: Ctx) =>
      traceEntity(db, args.id, {
        first: boundedInt('first', args.first, LIMITS.first, 0, LIMITS.first),
        after: args.after,
        mentionsPerPlan: boundedInt('mentionsPerPlan', args.mentionsPerPlan, LIMITS.mentionsPerPlan, 0, LIMITS.mentionsPerPlan),
        planId: args.plan,
      }),
  },
  Plan: {
    region: (plan: PlanView, _: unknown, { loaders }: Ctx) => (plan.regionCode ? loaders.entity.load(regionId(plan.regionCode)) : null),
    sections: (plan: PlanView, _: unknown, { loaders }: Ctx) => loaders.sectionsOfPlan.load(plan.id),
    entityCount: async (plan: PlanView, _: unknown, { db }: Ctx) =>
      (await entitiesPage(db, { types: null, regionId: null, planId: plan.id }, 0, null)).totalCount,
    entities: (plan: PlanView, args: { types?: string[] | null; first?: number | null; after?: string | null }, { db }: Ctx) =>
      entitiesPage(db, { types: args.types ?? null, regionId: null, planId: plan.id }, boundedInt('first', args.first, 50, 0, LIMITS.first), args.after),
  },
  Section: {
    plan: (section: SectionView, _: unknown, { loaders }: Ctx) => loaders.plan.load(section.planId),
    text: async (section: SectionView, _: unknown, { loaders }: Ctx) => section.text ?? (await loaders.section.load(section.id))?.text ?? '',
    mentions: (section: SectionView, _: unknown, { loaders }: Ctx) => loaders.mentionsOfSection.load(section.id),
  },
  Mention: {
    entity: (mention: MentionView, _: unknown, { loaders }: Ctx) => loaders.entity.load(mention.entityId),
    section: (mention: MentionView, _: unknown, { loaders }: Ctx) => mention.section ?? loaders.section.load(mention.sectionId),
  },
};
