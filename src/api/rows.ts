import type { EntityFields, EvidenceFields, MentionInWindow, PlanFields, SectionFields, SectionWithTextFields } from '../cypher/rows.ts';
import { snippetOf } from './snippet.ts';
import type { EntityView, EvidenceView, MentionView, PlanView, SectionView } from './views.ts';

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
    ruleId: mention.ruleId,
    snippet,
    snippetStart,
    ...(section ? { section } : {}),
  };
}
