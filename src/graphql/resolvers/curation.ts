import { curationById, curationLog } from '../../api/curations.ts';
import type { CurationRequest } from '../../curation/prepare.ts';
import type { EntityView } from '../../api/views.ts';
import { requireRole } from '../../auth/index.ts';
import type { EntityType } from '../../model/entity.ts';
import type { GraphQLContext } from '../context.ts';
import { boundedInt, LIMITS } from '../validate.ts';

type Ctx = GraphQLContext;
type Reason = { reason: string };
type RelationArgs = Reason & { type: Extract<CurationRequest, { kind: 'ADD_RELATION' }>['type']; fromId: string; toId: string };

/**
 * Thin: each mutation names its change, the curation module checks, stores and applies it, and
 * the answer is the record as the audit log shows it with the entities as they are now.
 */
async function change(request: CurationRequest, { reason }: Reason, ctx: Ctx) {
  // The server's gate (src/server/operation-gate.ts) already refused mutations without a
  // curator's token; asked again here for the author's name, and for a context built elsewhere.
  const viewer = requireRole(ctx, 'curator');
  const { record, entityIds } = await ctx.curate(request, { author: viewer.name, reason });
  const loaded = (await ctx.loaders.entity.loadMany(entityIds)).filter((entity): entity is EntityView => entity !== null && !(entity instanceof Error));
  // A merged-away id answers the entity it went to: list each entity once.
  const entities = [...new Map(loaded.map((entity) => [entity.id, entity])).values()];
  return { curation: await curationById(ctx.db, record.id), entities };
}

const rejected = { rejected: (entity: EntityView) => entity.rejected === true };

export const curationResolvers = {
  Region: rejected,
  Zone: rejected,
  Park: rejected,
  Enterprise: rejected,
  Project: rejected,
  Policy: rejected,
  Query: {
    curations: (_: unknown, args: { entityId?: string | null; author?: string | null; since?: string | null; first?: number | null; after?: string | null }, { db }: Ctx) =>
      curationLog(db, { entityId: args.entityId ?? null, author: args.author ?? null, since: args.since ?? null }, boundedInt('first', args.first, 50, 0, LIMITS.first), args.after),
  },
  Mutation: {
    mergeEntities: (_: unknown, args: Reason & { keepId: string; mergeIds: string[] }, ctx: Ctx) => change({ kind: 'MERGE', keepId: args.keepId, mergeIds: args.mergeIds }, args, ctx),
    splitAlias: (_: unknown, args: Reason & { entityId: string; alias: string }, ctx: Ctx) => change({ kind: 'SPLIT', entityId: args.entityId, alias: args.alias }, args, ctx),
    renameEntity: (_: unknown, args: Reason & { id: string; name: string }, ctx: Ctx) => change({ kind: 'RENAME', entityId: args.id, name: args.name.trim() }, args, ctx),
    retypeEntity: (_: unknown, args: Reason & { id: string; type: EntityType }, ctx: Ctx) => change({ kind: 'RETYPE', entityId: args.id, type: args.type }, args, ctx),
    rejectEntity: (_: unknown, args: Reason & { id: string }, ctx: Ctx) => change({ kind: 'REJECT', entityId: args.id }, args, ctx),
    addAlias: (_: unknown, args: Reason & { id: string; alias: string }, ctx: Ctx) => change({ kind: 'ADD_ALIAS', entityId: args.id, alias: args.alias.trim() }, args, ctx),
    removeAlias: (_: unknown, args: Reason & { id: string; alias: string }, ctx: Ctx) => change({ kind: 'REMOVE_ALIAS', entityId: args.id, alias: args.alias.trim() }, args, ctx),
    addRelation: (_: unknown, args: RelationArgs, ctx: Ctx) => change({ kind: 'ADD_RELATION', type: args.type, fromId: args.fromId, toId: args.toId }, args, ctx),
    removeRelation: (_: unknown, args: RelationArgs, ctx: Ctx) => change({ kind: 'REMOVE_RELATION', type: args.type, fromId: args.fromId, toId: args.toId }, args, ctx),
    revertCuration: (_: unknown, args: Reason & { id: string }, ctx: Ctx) => change({ kind: 'REVERT', curationId: args.id }, args, ctx),
  },
};
