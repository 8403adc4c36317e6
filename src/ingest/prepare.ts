import type { ManifestEntry } from '../documents/manifest.ts';
import { planMeta } from '../documents/metadata.ts';
import type { PlanKind, SourceDocument, SourceFormat } from '../model/document.ts';
import type { StructuredPlan } from '../model/plan.ts';
import type { SectionKind } from '../model/section.ts';
import type { Repetition } from '../model/text.ts';
import { normalize } from '../normalize/index.ts';
import { structure } from '../structure/index.ts';

/** Formats whose reader writes one whole block per line (src/documents/line-writer.ts): nothing to join. */
const BLOCK_LINE_FORMATS: ReadonlySet<SourceFormat> = new Set(['docx', 'html', 'markdown']);

/**
 * The stages before extraction, in order: normalise, read the plan's metadata (its text, then
 * the manifest), structure. Pure: the source is already read.
 */
export function preparePlan(source: SourceDocument, manifestEntry?: ManifestEntry): StructuredPlan {
  const { normalized, repetitions } = normalize(source.text, { linesAreBlocks: BLOCK_LINE_FORMATS.has(source.format) });
  const meta = planMeta(source, normalized.text, manifestEntry);
  return { source, meta, normalized, repetitions, sections: structure(normalized, meta) };
}

export interface PlanSummary {
  file: string;
  id: string;
  format: SourceDocument['format'];
  encoding: SourceDocument['encoding'];
  /** How many pages the source has, for formats with pages. */
  pages: number | null;
  sha256: string;
  title: string;
  kind: PlanKind;
  region: string;
  period: string | null;
  /** A work report's speaker with the office the heading gives: `市长 张三`, or the name alone. */
  speaker: string | null;
  sectionsByKind: Record<SectionKind, number>;
  boxes: number;
  repetitions: Repetition[];
}

/** What `ingest --dry-run` prints for a plan. */
export function summarizePlan(plan: StructuredPlan): PlanSummary {
  const sectionsByKind: Record<SectionKind, number> = { root: 0, part: 0, chapter: 0, section: 0, box: 0, table: 0, item: 0 };
  for (const section of plan.sections) sectionsByKind[section.kind]++;
  const { meta } = plan;
  const period = meta.periodStart === null ? null : meta.periodEnd !== null && meta.periodEnd !== meta.periodStart ? `${meta.periodStart}–${meta.periodEnd}` : `${meta.periodStart}`;
  return {
    file: plan.source.fileName,
    id: meta.id,
    format: plan.source.format,
    encoding: plan.source.encoding,
    pages: plan.source.pageStarts?.length ?? null,
    sha256: plan.source.sha256,
    title: meta.title,
    kind: meta.kind,
    region: meta.regionCode ? `${meta.regionName} (${meta.regionCode})` : meta.regionName,
    period,
    speaker: meta.speaker === null ? null : [meta.speakerOffice, meta.speaker].filter((part) => part !== null).join(' '),
    sectionsByKind,
    boxes: sectionsByKind.box,
    repetitions: plan.repetitions,
  };
}
