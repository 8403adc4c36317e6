import type { EntityType } from '../model/entity.ts';
import type { PageRange } from '../model/pages.ts';
import type { Stage } from '../model/status.ts';
import type { SourceSpan } from '../model/source-span.ts';

/** What the API's named queries return, once rows are mapped. GraphQL resolvers and the CLI take these. */
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
  /** Who delivered a work report (张三) and the office stated with the name (市长, 代市长). */
  speaker: string | null;
  speakerOffice: string | null;
  sha256: string;
  sourceFile: string;
  /** The kind of file the plan was read from: text, pdf, docx, html or markdown. */
  format: string;
  encoding: string;
  /** Pages of the source; null for a source without pages. */
  pageCount: number | null;
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
  /** The pages the section runs over; null for a source without pages. */
  pages: PageRange | null;
}

/** A passage a fact was read from, and the rule that read it. */
export interface EvidenceView extends SourceSpan {
  ruleId: string;
}

/** The sentence around a passage, and where the passage starts in it (for highlighting). */
export interface Snippet {
  snippet: string;
  snippetStart: number;
}

export interface MentionView extends EvidenceView, Snippet {
  entityId: string;
  text: string;
  /** The longer name this mention is part of (a name inside a name), or null. */
  nestedIn: string | null;
  /** The page of the source the mention starts on; null for a source without pages. */
  page: number | null;
  /** The stage the passage names for a project, the words that named it and the rule; null when none. */
  status: StatusView | null;
  /** The figures the passage gives about a project. */
  figures: FigureView[];
  section?: SectionView;
}

export interface StatusView {
  stage: Stage;
  cue: string;
  ruleId: string;
}

/** A figure as the API gives it: the number and unit as written, and the value in a base unit. */
export interface FigureView {
  measure: string;
  value: number;
  unit: string;
  text: string;
  baseValue: number | null;
  baseUnit: string | null;
}

/** What one plan says of an entity: a point of its timeline. */
export interface TimelinePointView {
  plan: PlanView;
  /** The plan's date: its issue date, else its first year. */
  date: string | null;
  /** The most advanced stage any of the plan's passages names; null when none does. */
  status: Stage | null;
  statusCue: string | null;
  /** The plan's distinct figures of the entity, in reading order. */
  figures: FigureView[];
  /** The passage that decided the stage (the first mention when none names one). */
  passage: MentionView;
  mentionCount: number;
  cursor: string;
}

/** An entity two plans are compared on, with the stage each names for it. */
export interface ComparedEntityView {
  entity: EntityView;
  statusInA: Stage | null;
  statusInB: Stage | null;
}

export interface ComparedListView {
  totalCount: number;
  items: ComparedEntityView[];
  /** Where the next page of every list starts; null when no list has more. */
  cursor: string | null;
}

export interface PlanComparisonView {
  a: PlanView;
  b: PlanView;
  onlyInA: ComparedListView;
  onlyInB: ComparedListView;
  inBoth: ComparedListView;
}

/** An entity's stored properties (type-specific ones included: code, level, capacity …). */
export interface EntityView {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentionCount: number;
  /** A region's parent division, by code. */
  parentCode?: string;
  /** A region's names before a change (太谷县 before 2019). */
  formerNames?: string[];
  [property: string]: unknown;
}

/** An entity by name, as `plangraph trace` lists the candidates. */
export interface EntityNameView {
  id: string;
  type: EntityType;
  name: string;
  mentionCount: number;
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

/** A plan as `plangraph status` lists it, loading or not. */
export interface PlanStatusView {
  id: string;
  title: string | null;
  status: string | null;
  version: string | null;
  sections: number;
  loadedAt: string | null;
  sourceFile: string | null;
}

/** How many nodes carry each label and how many relationships each type has. */
export interface GraphCountsView {
  labels: Array<{ name: string; count: number }>;
  relationships: Array<{ name: string; count: number }>;
}
