import type { EntityFields, EvidenceFields, MentionInWindow, PlanFields, SectionFields, SectionWithTextFields } from '../cypher/rows.ts';
import { z } from 'zod';
import { PlanGraphError } from '../errors.ts';
import { snippetOf } from './snippet.ts';
import type { EntityView, EvidenceView, FigureView, MentionView, PlanView, SectionView } from './views.ts';

/** Row → view mappers, shared by every query that returns these shapes (cypher/rows.ts checked the rows). */

export function toPlan(plan: PlanFields): PlanView {
  return { ...plan, format: plan.format ?? 'text', draft: plan.draft ?? false, repetitionCopies: plan.repetitionCopies ?? 1 };
}

export function toSection(section: SectionFields | SectionWithTextFields): SectionView {
  const { pageFirst, pageLast, ...rest } = section;
  return { ...rest, pages: pageFirst === null || pageLast === null ? null : { first: pageFirst, last: pageLast } };
}

export function toEvidence(evidence: EvidenceFields): EvidenceView {
  return { ...evidence };
}

/**
 * An entity with the properties it has: a property a node lacks is left out rather than
 * shown as null, and the search-only pinyin key never reaches a client.
 */
export function toEntity(entity: EntityFields): EntityView {
  const { id, type, name, aliases, mentionCount, pinyin: _pinyin, parentCode, formerNames, ...properties } = entity;
  const present = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined));
  return {
    ...present,
    id,
    type,
    name,
    aliases: aliases ?? [],
    mentionCount: mentionCount ?? 0,
    ...(typeof parentCode === 'string' ? { parentCode } : {}),
    ...(formerNames ? { formerNames } : {}),
  };
}

/** A mention with its snippet, cut by the one rule from the window the statement returned. */
export function toMention(row: MentionInWindow, sectionId: string, planId: string, section?: SectionView): MentionView {
  const { mention } = row;
  const { snippet, snippetStart } = snippetOf(row.window, row.windowStart, mention.start, mention.end);
  return {
    entityId: row.entityId,
    sectionId,
    planId,
    start: mention.start,
    end: mention.end,
    sourceStart: mention.sourceStart,
    sourceEnd: mention.sourceEnd,
    text: mention.surface,
    nestedIn: mention.nestedIn,
    page: mention.page,
    status: mention.stage && mention.stageCue !== null && mention.stageRule !== null ? { stage: mention.stage, cue: mention.stageCue, ruleId: mention.stageRule } : null,
    figures: toFigures(mention.figures),
    ruleId: mention.ruleId,
    snippet,
    snippetStart,
    ...(section ? { section } : {}),
  };
}

const storedFigures = z.array(
  z.object({ measure: z.string(), value: z.number(), unit: z.string(), text: z.string(), baseValue: z.number().nullable(), baseUnit: z.string().nullable() }),
);

/** Figures are stored as JSON (src/load/status-rows.ts): parsed and checked here, at the boundary. */
export function toFigures(json: string | null): FigureView[] {
  if (json === null) return [];
  const parsed = storedFigures.safeParse(JSON.parse(json));
  if (!parsed.success) throw new PlanGraphError('DB_ERROR', `stored figures have an unexpected shape (${parsed.error.issues[0]?.message ?? ''})`);
  return parsed.data;
}
