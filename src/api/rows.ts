import type { EntityView, EvidenceView, MentionView, PlanView, SectionView } from './views.ts';
import { snippetOf } from './snippet.ts';

/** Row → view mappers, shared by every query that returns these shapes. */
export const asPlan = (value: unknown): PlanView => value as PlanView;
export const asSection = (value: unknown): SectionView => value as SectionView;

export function asEntity(value: unknown): EntityView {
  const entity = Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null)) as EntityView;
  entity.aliases ??= [];
  entity.mentionCount ??= 0;
  return entity;
}

export function asEvidence(value: unknown): EvidenceView {
  return value as EvidenceView;
}

/** A mention row: `mention` offsets plus the text window around it for its snippet. */
export function asMention(row: { mention: unknown; entityId: unknown; window: unknown; windowStart: unknown; section?: unknown }, sectionId: string, planId: string): MentionView {
  const m = row.mention as { start: number; end: number; sourceStart: number; sourceEnd: number; surface: string; ruleId: string; nestedIn?: string | null };
  const { snippet, snippetStart } = snippetOf(String(row.window), Number(row.windowStart), m.start, m.end);
  return {
    entityId: String(row.entityId),
    sectionId,
    planId,
    start: m.start,
    end: m.end,
    sourceStart: m.sourceStart,
    sourceEnd: m.sourceEnd,
    text: m.surface,
    nestedIn: m.nestedIn ?? null,
    ruleId: m.ruleId,
    snippet,
    snippetStart,
    ...(row.section ? { section: asSection(row.section) } : {}),
  };
}
