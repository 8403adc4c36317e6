import type { SourceSpan } from './source-span.ts';
import type { Figure, MentionStatus } from './status.ts';

export const ENTITY_TYPES = ['REGION', 'ZONE', 'PARK', 'ENTERPRISE', 'PROJECT', 'POLICY'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Neo4j label of each entity type (every entity also carries :Entity). */
export const ENTITY_LABEL: Record<EntityType, string> = {
  REGION: 'Region',
  ZONE: 'Zone',
  PARK: 'Park',
  ENTERPRISE: 'Enterprise',
  PROJECT: 'Project',
  POLICY: 'Policy',
};

export type RelationType = 'LOCATED_IN' | 'COVERS' | 'PART_OF' | 'BUILT_BY' | 'IN_PARK' | 'IN_ZONE';

/**
 * Where in a plan a fact was read: the passage and the rule that read it. Extraction runs before
 * sections have ids, so it knows the section by its place in the plan; loading turns this into a
 * SourceSpan with the section's id.
 */
export interface Evidence extends Omit<SourceSpan, 'sectionId'> {
  sectionOrdinal: number;
  ruleId: string;
}

/** One occurrence of an entity in a section, found by extraction. */
export interface Mention extends Evidence {
  /** Key of the candidate entity (resolved to an entity id by the resolve stage). */
  entityKey: string;
  /** The surface form as it reads in the normalised text. */
  surface: string;
  /**
   * For a name inside a longer name (晋中经济技术开发区 inside 晋中经济技术开发区国际合作园区):
   * the longer name, as read. Absent for a name that stands on its own.
   */
  nestedIn?: string;
  /** For a project (or a park or enterprise the passage builds or runs): the stage the passage names. */
  status?: MentionStatus;
  /** For a project (or a park or enterprise the passage builds or runs): the figures the passage gives about it. */
  figures?: Figure[];
}

/** An entity as extraction sees it, before resolution merges candidates across plans. */
export interface EntityCandidate {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Typed attributes (a Region's code and level, a Project's capacity …). */
  props: Record<string, string | number | boolean | null>;
}

export interface RelationCandidate {
  type: RelationType;
  fromKey: string;
  toKey: string;
  evidence: Evidence;
}

/** What extraction yields for one plan. */
export interface Extraction {
  planId: string;
  entities: EntityCandidate[];
  mentions: Mention[];
  relations: RelationCandidate[];
}
