/**
 * What extractPlan holds of each name while it reads a section: the finder's hit and its type,
 * then its candidate key and evidence. Shared by the readers of names (index.ts) and of the
 * relations between them (relations.ts).
 */
import type { EntityType, Evidence } from '../model/entity.ts';
import type { StructuredPlan } from '../model/plan.ts';
import type { Section } from '../model/section.ts';
import { sectionToSource } from '../model/offsets.ts';
import type { Hit } from './hits.ts';
import type { RuleId } from './rules.ts';

export interface Found {
  type: EntityType;
  hit: Hit;
  /** Region code, for regions. */
  code?: string;
  /** The longer name this one was read inside (ANNOTATION.md: names inside names count). */
  nestedIn?: Found;
}

export interface Keyed extends Found {
  key: string;
  evidence: Evidence;
}

/** A 专栏 box, whose lines each list one work. */
export const isBox = (section: Section): boolean => section.kind === 'box' || /专栏/.test(section.title);

/** The evidence of a passage of a section: its offsets there and in the source, and the rule. */
export function evidenceOf(plan: StructuredPlan, section: Section, start: number, end: number, ruleId: RuleId): Evidence {
  const source = sectionToSource(plan.normalized, section, start, end);
  return { planId: plan.meta.id, sectionOrdinal: section.ordinal, start, end, sourceStart: source.start, sourceEnd: source.end, ruleId };
}
