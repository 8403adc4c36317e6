import type { EntityType, Evidence, RelationType } from './entity.ts';
import type { Figure, MentionStatus } from './status.ts';

/**
 * The output of resolution for one plan. Entity ids are canonical keys computed from the
 * name alone (plus static data: gazetteer, alias table), never from other plans, so each plan
 * can be loaded, replaced or removed on its own and still meet the same nodes as the others:
 * `region:<code>`, `zone:<name>`, `park:<name>`, `enterprise:<name>`, `project:<name>`,
 * `policy:<name>`.
 */
export interface ResolvedEntity {
  id: string;
  type: EntityType;
  /** Canonical (display) name. */
  name: string;
  /** Other forms this plan names it by, canonical name excluded, sorted. */
  aliases: string[];
  props: Record<string, string | number | boolean | null>;
}

export interface ResolvedMention extends Evidence {
  entityId: string;
  /** The entity the rules resolved it to, when a curation moved it elsewhere (src/curate/). */
  rawEntityId?: string;
  surface: string;
  /** The longer name this mention is part of, when it is a name inside a name. */
  nestedIn?: string;
  /** The stage the passage names for this mention of a project (src/extract/status.ts). */
  status?: MentionStatus;
  /** The figures the passage gives about this mention of a project (src/extract/figures.ts). */
  figures?: Figure[];
}

export interface ResolvedRelation {
  type: RelationType;
  fromId: string;
  toId: string;
  evidence: Evidence;
}

export interface ResolvedPlanGraph {
  planId: string;
  entities: ResolvedEntity[];
  mentions: ResolvedMention[];
  relations: ResolvedRelation[];
}
