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
  planCount: number;
}

export interface EntityDetails extends EntitySummary {
  /** The first plans (at most 100); planCount says how many there are. */
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
  periodStart: number | null;
  draft: boolean;
  region: { id: string; name: string } | null;
}

export interface PlanSections {
  id: string;
  title: string;
  sections: { id: string; title: string; path: string[]; mentions: { entity: EntityRef }[] }[];
}

/** The stage a passage names for a project (schema/timeline.graphql); null when it names none. */
export type Stage = 'planned' | 'started' | 'underway' | 'completed';

/** A number a passage gives about a project, as written and in a base unit. */
export interface Figure {
  measure: string;
  value: number;
  unit: string;
  text: string;
  baseValue: number | null;
  baseUnit: string | null;
}

/** What one plan says of an entity: a point of its timeline. */
export interface TimelinePoint {
  plan: { id: string; title: string; kind: string; issuedOn: string | null; draft: boolean; region: { name: string } | null };
  /** The plan's issue date, else its first year. */
  date: string | null;
  /** A stage name; the API types it as a plain string, so an unknown one is possible. */
  status: string | null;
  statusCue: string | null;
  figures: Figure[];
  /** The passage that decided the status (the first mention when none names a stage). */
  passage: Omit<TraceMention, 'nestedIn'>;
  mentionCount: number;
  cursor: string;
}

export interface ComparedEntity {
  entity: EntityRef;
  statusInA: string | null;
  statusInB: string | null;
}

export interface ComparedList {
  totalCount: number;
  items: ComparedEntity[];
  /** The next page of every list of the comparison; null when no list has more. */
  cursor: string | null;
}

export interface PlanComparison {
  a: { id: string; title: string };
  b: { id: string; title: string };
  onlyInA: ComparedList;
  onlyInB: ComparedList;
  inBoth: ComparedList;
}

export interface Health {
  ok: boolean;
  neo4j: string | null;
  reason: string | null;
}
