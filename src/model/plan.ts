import type { PlanMeta, SourceDocument } from './document.ts';
import type { Section } from './section.ts';
import type { NormalizedText, Repetition } from './text.ts';

/** A document after read → normalise → structure: the input of extraction. */
export interface StructuredPlan {
  source: SourceDocument;
  meta: PlanMeta;
  normalized: NormalizedText;
  repetitions: Repetition[];
  sections: Section[];
}
