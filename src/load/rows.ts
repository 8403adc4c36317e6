import { pinyin } from 'pinyin-pro';
import type { ResolvedMention, ResolvedPlanGraph } from '../model/graph.ts';
import { planVersion, sectionId } from '../model/ids.ts';
import type { StructuredPlan } from '../model/plan.ts';
import type { SourceSpan } from '../model/source-span.ts';
import { normalizedToSource } from '../model/offsets.ts';
import { pageAt, pagesOf } from '../model/pages.ts';
import type { Stage } from '../model/status.ts';
import type { Span } from '../model/text.ts';
import { curateGraph } from '../curate/apply.ts';
import { EMPTY_BOOK, type CurationBook, type EntityCuration } from '../curate/book.ts';
import { encodeResolution, type PlanResolution } from './resolution.ts';
import { planStatus, statusColumns } from './status-rows.ts';

/**
 * The rows one plan writes, ready for `UNWIND $rows`. Everything a load writes is tagged with
 * the plan's id and the version of its source (a sha256 prefix), so that a new edition can be
 * written beside the old one and replace it in one final transaction.
 */
export interface PlanRows {
  plan: PlanRow;
  sections: SectionRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  /** One per entity the plan mentions: the plan-level summary a trace pages through. */
  references: ReferenceRow[];
  relations: RelationRow[];
  /**
   * The townships the plan mentions, each with its county: the gazetteer loads divisions down to
   * counties up front, and a township joins the hierarchy when a plan names it.
   */
  townships: TownshipRow[];
}

export interface TownshipRow {
  id: string;
  parentCode: string;
}

export interface PlanRow {
  id: string;
  version: string;
  title: string;
  kind: string;
  regionCode: string | null;
  regionName: string;
  periodStart: number | null;
  periodEnd: number | null;
  issuedOn: string | null;
  draft: boolean;
  /** Who delivered a work report and their office (市长, 代市长); null when not stated (the property is then absent). */
  speaker: string | null;
  speakerOffice: string | null;
  sha256: string;
  /** Fingerprint of the pipeline that built these rows (src/ingest/pipeline-version.ts). */
  pipeline: string;
  sourceFile: string;
  /** The kind of file the plan was read from: text, pdf, docx, html, markdown. */
  format: string;
  encoding: string;
  /** How many pages the source has; null for a source without pages. */
  pageCount: number | null;
  repetitionCopies: number;
  sectionCount: number;
  /** The decoded source text, so that evidence offsets can be checked and shown later. */
  source: string;
  /** The plan's uncurated resolution, compressed (src/load/resolution.ts): curations re-apply from it. */
  resolution: Int8Array;
}

export interface SectionRow {
  id: string;
  planId: string;
  version: string;
  parentId: string | null;
  ordinal: number;
  kind: string;
  title: string;
  path: string[];
  depth: number;
  text: string;
  sourceStart: number;
  sourceEnd: number;
  /** The pages the section runs over (heading to end); null for a source without pages. */
  pageFirst: number | null;
  pageLast: number | null;
}

export interface EntityRow extends CuratedColumns {
  id: string;
  type: string;
  name: string;
  /** Aliases from data (alias table, gazetteer); the forms plans use are added from mentions. */
  staticAliases: string[];
  /** Full pinyin and initials of the name, for search by `jinzhong` or `jzs`. */
  pinyin: string;
  props: Record<string, string | number | boolean | null>;
}

export interface MentionRow extends SourceSpan {
  entityId: string;
  /** The entity the rules resolved it to; differs from entityId when a curation moved it. */
  rawEntityId: string;
  version: string;
  surface: string;
  ruleId: string;
  /** The longer name this mention is part of, or null. */
  nestedIn: string | null;
  /** The page of the source the mention starts on (1-based); null for a source without pages. */
  page: number | null;
  /** The stage the passage names for a project (src/extract/status.ts), its cue and rule; null when none. */
  stage: Stage | null;
  stageCue: string | null;
  stageRule: string | null;
  /** The figures the passage gives about it, as JSON (Neo4j stores no list of maps); null when none. */
  figures: string | null;
}

export interface ReferenceRow {
  planId: string;
  version: string;
  entityId: string;
  mentionCount: number;
  /** The distinct forms the plan writes the entity in, sorted: the entity's aliases come from these. */
  surfaces: string[];
  /** The name this plan gives the entity, and its pinyin: the entity shows the longest of its plans' names. */
  name: string;
  pinyin: string;
  /** What kind of policy the plan reads it as (strategy, reform …); the entity shows the most common (src/extract/policies.ts). */
  kind: string | null;
  /**
   * What the plan says of the entity's stage, for a timeline: the most advanced stage any of its
   * passages names (null when none does), and where the deciding mention is (that passage, or
   * the first mention when no passage names a stage).
   */
  stage: Stage | null;
  stageCue: string | null;
  passageSectionId: string;
  passageStart: number;
  /** The distinct figures of the plan's mentions of the entity, in reading order, as JSON. */
  figures: string | null;
  /** The plan's place in a timeline: its issue date, else its first year, else '~' (last). */
  sortKey: string;
}

export interface RelationRow extends SourceSpan {
  type: string;
  fromId: string;
  toId: string;
  version: string;
  ruleId: string;
}

/** Pinyin forms searched by the API: full syllables joined, then the initials. */
export function pinyinKey(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed', v: true });
  if (syllables.length === 0) return '';
  return `${syllables.join('')} ${syllables.map((syllable) => syllable[0] ?? '').join('')}`;
}

/**
 * The rows of one plan. The plan keeps its uncurated resolution (`resolution`, compressed), so
 * that a curation made later is applied to it from the graph alone (src/curation/).
 */
export function rowsFor(plan: StructuredPlan, graph: ResolvedPlanGraph, pipeline: string, book: CurationBook = EMPTY_BOOK): PlanRows {
  const version = planVersion(plan.source.sha256);
  const resolution: PlanResolution = { planId: plan.meta.id, version, sortKey: timelineKey(plan.meta), pageStarts: plan.source.pageStarts ?? null, graph };
  return {
    plan: { ...planRow(plan, version, pipeline), resolution: encodeResolution(resolution) },
    sections: sectionRows(plan, resolution),
    ...graphRows(resolution, book),
  };
}

/** What one plan's resolution writes besides its sections, with the curations applied. */
export type GraphRows = Pick<PlanRows, 'entities' | 'mentions' | 'references' | 'relations' | 'townships'>;

export function graphRows(resolution: PlanResolution, book: CurationBook): GraphRows {
  const { planId, version, pageStarts, sortKey } = resolution;
  const graph = curateGraph(resolution.graph, book);
  const tag: PlanTag = { planId, version };
  return {
    entities: graph.entities.map((entity) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      staticAliases: entity.aliases,
      pinyin: pinyinKey(entity.name),
      props: entity.props,
      ...curatedColumns(book.entityState(entity.id)),
    })),
    mentions: graph.mentions.map((mention) => ({
      sectionId: sectionId(planId, version, mention.sectionOrdinal),
      entityId: mention.entityId,
      rawEntityId: mention.rawEntityId ?? mention.entityId,
      ...tag,
      start: mention.start,
      end: mention.end,
      sourceStart: mention.sourceStart,
      sourceEnd: mention.sourceEnd,
      surface: mention.surface,
      ruleId: mention.ruleId,
      nestedIn: mention.nestedIn ?? null,
      page: pageStarts ? pageAt(pageStarts, mention.sourceStart) : null,
      ...statusColumns(mention),
    })),
    references: referencesOf(graph, planId, version, sortKey),
    townships: townshipsOf(graph),
    relations: graph.relations.map((relation) => ({
      type: relation.type,
      fromId: relation.fromId,
      toId: relation.toId,
      ...tag,
      sectionId: sectionId(planId, version, relation.evidence.sectionOrdinal),
      start: relation.evidence.start,
      end: relation.evidence.end,
      sourceStart: relation.evidence.sourceStart,
      sourceEnd: relation.evidence.sourceEnd,
      ruleId: relation.evidence.ruleId,
    })),
  };
}

/** An entity's curated state as node properties; every column is written, so a reverted curation leaves nothing behind. */
export function curatedColumns(state: EntityCuration | undefined): CuratedColumns {
  return {
    curatedName: state?.name ?? null,
    curatedPinyin: state?.name ? pinyinKey(state.name) : null,
    rejected: state?.rejected ?? false,
    addedAliases: state?.addedAliases ?? [],
    removedAliases: state?.removedAliases ?? [],
  };
}

export interface CuratedColumns {
  /** The name an analyst gave the entity; null leaves the longest of its plans' names. */
  curatedName: string | null;
  curatedPinyin: string | null;
  /** Not an entity, by a curator's word: hidden with its mentions, not deleted. */
  rejected: boolean;
  addedAliases: string[];
  removedAliases: string[];
}

/** What tags every row of one version of one plan. */
interface PlanTag {
  planId: string;
  version: string;
}

function planRow(plan: StructuredPlan, version: string, pipeline: string): Omit<PlanRow, 'resolution'> {
  const { meta, source } = plan;
  return {
    id: meta.id,
    version,
    title: meta.title,
    kind: meta.kind,
    regionCode: meta.regionCode,
    regionName: meta.regionName,
    periodStart: meta.periodStart,
    periodEnd: meta.periodEnd,
    issuedOn: meta.issuedOn,
    draft: meta.draft,
    speaker: meta.speaker,
    speakerOffice: meta.speakerOffice,
    sha256: source.sha256,
    pipeline,
    sourceFile: meta.sourceFile,
    format: source.format,
    encoding: source.encoding,
    pageCount: source.pageStarts?.length ?? null,
    repetitionCopies: plan.repetitions.reduce((most, repetition) => Math.max(most, repetition.copies), 1),
    sectionCount: plan.sections.length,
    source: source.text,
  };
}

function sectionRows(plan: StructuredPlan, { planId, version }: PlanTag): SectionRow[] {
  return plan.sections.map((section) => {
    const extent = normalizedToSource(plan.normalized, section.extent);
    return {
      id: sectionId(planId, version, section.ordinal),
      planId,
      version,
      parentId: section.parentOrdinal === null ? null : sectionId(planId, version, section.parentOrdinal),
      ordinal: section.ordinal,
      kind: section.kind,
      title: section.title,
      path: section.path,
      depth: section.depth,
      text: section.text,
      sourceStart: extent.start,
      sourceEnd: extent.end,
      ...sectionPages(plan.source.pageStarts, extent),
    };
  });
}

function sectionPages(pageStarts: readonly number[] | undefined, extent: Span): Pick<SectionRow, 'pageFirst' | 'pageLast'> {
  if (!pageStarts) return { pageFirst: null, pageLast: null };
  const { first, last } = pagesOf(pageStarts, extent);
  return { pageFirst: first, pageLast: last };
}

/** A township's code (9 digits) opens with its county's (6), as GB/T 10114 builds them. */
function townshipsOf(graph: ResolvedPlanGraph): TownshipRow[] {
  return graph.entities
    .filter((entity) => entity.type === 'REGION' && entity.props.level === 'township' && typeof entity.props.code === 'string' && entity.props.code.length > 6)
    .map((entity) => ({ id: entity.id, parentCode: String(entity.props.code).slice(0, 6) }));
}

/** How often, and in which forms, the plan mentions each entity, in entity id order (the same rows every time). */
/** Orders plans as the trace does (issued, else first year); '~' sorts after every date. */
function timelineKey(meta: StructuredPlan['meta']): string {
  return meta.issuedOn ?? (meta.periodStart === null ? '~' : String(meta.periodStart));
}

function referencesOf(graph: ResolvedPlanGraph, planId: string, version: string, sortKey: string): ReferenceRow[] {
  const { mentions } = graph;
  const names = new Map(graph.entities.map((entity) => [entity.id, entity.name]));
  const kinds = new Map(graph.entities.map((entity) => [entity.id, typeof entity.props.kind === 'string' ? entity.props.kind : null]));
  const byEntity = new Map<string, ResolvedMention[]>();
  for (const mention of mentions) {
    const list = byEntity.get(mention.entityId) ?? [];
    list.push(mention);
    byEntity.set(mention.entityId, list);
  }
  return [...byEntity.keys()].sort().map((entityId) => {
    const own = byEntity.get(entityId) ?? [];
    const name = names.get(entityId) ?? entityId;
    const surfaces = [...new Set(own.map((mention) => mention.surface))].sort();
    return { planId, version, entityId, mentionCount: own.length, surfaces, name, pinyin: pinyinKey(name), kind: kinds.get(entityId) ?? null, sortKey, ...planStatus(own, planId, version) };
  });
}
