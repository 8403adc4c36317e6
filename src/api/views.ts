/** What the API's named queries return, once rows are mapped. GraphQL resolvers take these. */
export interface PlanView {
  id: string;
  title: string;
  kind: string;
  regionCode: string | null;
  regionName: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  issuedOn: string | null;
  draft: boolean;
  sha256: string;
  sourceFile: string;
  encoding: string;
  repetitionCopies: number;
  version: string;
  sectionCount: number;
}

export interface SectionView {
  id: string;
  planId: string;
  ordinal: number;
  kind: string;
  title: string;
  path: string[];
  depth: number;
  /** Absent when the query did not fetch it (trace): resolved by id then. */
  text?: string;
  sourceStart: number;
  sourceEnd: number;
}

export interface EvidenceView {
  planId: string;
  sectionId: string;
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  ruleId: string;
}

export interface MentionView extends EvidenceView {
  entityId: string;
  text: string;
  /** The longer name this mention is part of (a name inside a name), or null. */
  nestedIn: string | null;
  snippet: string;
  snippetStart: number;
  section?: SectionView;
}

/** An entity's stored properties (type-specific ones included: code, level, capacity …). */
export interface EntityView {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  mentionCount: number;
  [property: string]: unknown;
}

export interface RelationView {
  type: string;
  direction: 'IN' | 'OUT';
  other: EntityView;
  evidence: EvidenceView[];
}

export interface PlanTraceView {
  plan: PlanView;
  /** Every mention of the entity in the plan, whether or not the page lists them all. */
  mentionCount: number;
  mentions: MentionView[];
  /** Where the next page of plans starts. */
  cursor: string;
}
