// The shapes the GraphQL contract (schema/*.graphql) answers with, as far as the explorer reads them.

export type EntityType = 'REGION' | 'ZONE' | 'PARK' | 'ENTERPRISE' | 'PROJECT' | 'POLICY';
/** A node type on the canvas: an entity type, or PLAN for a plan. */
export type NodeType = EntityType | 'PLAN';

export const ENTITY_TYPES: readonly EntityType[] = ['REGION', 'ZONE', 'PARK', 'ENTERPRISE', 'PROJECT', 'POLICY'];

export interface GraphNodeData {
  id: string;
  label: string;
  type: string;
  mentionCount: number;
  hiddenNeighbors: number;
}

export interface PlanRef {
  id: string;
  title: string;
  issuedOn?: string | null;
}

export interface SectionRef {
  id: string;
  title: string;
  path: string[];
}

export interface Evidence {
  plan: PlanRef;
  section: SectionRef;
  start: number;
  end: number;
  snippet: string;
  ruleId: string;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  evidence: Evidence[];
}

export interface Graph {
  nodes: { data: GraphNodeData }[];
  edges: { data: GraphEdgeData }[];
  truncated: boolean;
}

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface EntitySummary extends EntityRef {
  mentionCount: number;
  aliases: string[];
  plans: { id: string }[];
}

export interface EntityDetails extends EntitySummary {
  plans: PlanRef[];
  // Region
  code?: string | null;
  level?: string;
  parent?: EntityRef | null;
  children?: EntityRef[];
  formerNames?: string[];
  // Zone
  covers?: EntityRef[];
  parks?: EntityRef[];
  // Park, Enterprise, Project
  region?: EntityRef | null;
  zone?: EntityRef | null;
  projects?: EntityRef[];
  enterprise?: EntityRef | null;
  park?: EntityRef | null;
  capacity?: number | null;
  capacityUnit?: string | null;
}

export interface TraceMention {
  section: SectionRef;
  start: number;
  end: number;
  text: string;
  /** The longer name this mention is part of, or null. */
  nestedIn: string | null;
  /** The page of the source file (PDF) the passage is on, or null. */
  page: number | null;
  snippet: string;
  snippetStart: number;
}

export interface PlanTrace {
  plan: PlanRef & { kind: string; draft: boolean };
  /** All of the plan's mentions of the entity; `mentions` may list fewer. */
  mentionCount: number;
  mentions: TraceMention[];
  cursor: string;
}

export interface SectionMention {
  start: number;
  end: number;
  text: string;
  entity: EntityRef;
}

export interface SectionText {
  id: string;
  title: string;
  path: string[];
  text: string;
  /** The pages of the source file (PDF) the section runs over, or null. */
  pages: { first: number; last: number } | null;
  plan: PlanRef;
  mentions: SectionMention[];
}

export interface PlanSummary {
  id: string;
  title: string;
  kind: string;
  issuedOn: string | null;
  draft: boolean;
  region: { id: string; name: string } | null;
}

export interface PlanSections {
  id: string;
  title: string;
  sections: { id: string; title: string; path: string[]; mentions: { entity: EntityRef }[] }[];
}

export interface Health {
  ok: boolean;
  neo4j: string | null;
  reason: string | null;
}
