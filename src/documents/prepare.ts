import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

import { PlanGraphError } from '../errors.ts';
import type { PlanMeta, SourceDocument } from '../model/document.ts';
import type { SectionKind } from '../model/section.ts';
import type { StructuredPlan } from '../model/plan.ts';
import type { Repetition } from '../model/text.ts';
import { normalize } from '../normalize/index.ts';
import { structure } from '../structure/index.ts';
import type { ManifestEntry } from './manifest.ts';
import { MANIFEST_FILE } from './manifest.ts';

export { loadManifest } from './manifest.ts';
import { defaultPlanId, readTextMetadata } from './metadata.ts';

/** read → normalise → structure for one document (pure: the source is already read). */
export function preparePlan(source: SourceDocument, manifestEntry?: ManifestEntry): StructuredPlan {
  const { normalized, repetitions } = normalize(source.text);
  const meta = planMeta(source, normalized.text, manifestEntry);
  return { source, meta, normalized, repetitions, sections: structure(normalized, meta) };
}

/** The text's own statements, then the manifest on top; the file name as the title of last resort. */
export function planMeta(source: SourceDocument, normalizedText: string, entry?: ManifestEntry): PlanMeta {
  const text = readTextMetadata(normalizedText);
  const partial = {
    title: entry?.title ?? text.title ?? source.fileName.replace(/\.[^.]+$/, ''),
    kind: entry?.kind ?? text.kind ?? 'other',
    regionName: entry?.regionName ?? text.regionName ?? '',
    regionCode: entry?.regionCode ?? null,
    periodStart: entry?.periodStart ?? text.periodStart,
    periodEnd: entry?.periodEnd ?? text.periodEnd,
    issuedOn: entry?.issuedOn !== undefined ? entry.issuedOn : text.issuedOn,
    draft: entry?.draft ?? text.draft,
    sourceFile: source.fileName,
  } satisfies Omit<PlanMeta, 'id'>;
  return { id: entry?.id ?? defaultPlanId(partial, source.sha256), ...partial };
}

export interface PlanSummary {
  file: string;
  id: string;
  encoding: SourceDocument['encoding'];
  sha256: string;
  title: string;
  kind: PlanMeta['kind'];
  region: string;
  period: string | null;
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
    encoding: plan.source.encoding,
    sha256: plan.source.sha256,
    title: meta.title,
    kind: meta.kind,
    region: meta.regionCode ? `${meta.regionName} (${meta.regionCode})` : meta.regionName,
    period,
    sectionsByKind,
    boxes: sectionsByKind.box,
    repetitions: plan.repetitions,
  };
}

const PLAN_EXTENSIONS = new Set(['.txt', '.text']);

/**
 * The documents named on the command line: files as given, directories expanded to their
 * text files in name order (the manifest is not a document). Missing paths are BAD_INPUT.
 */
export async function listPlanFiles(pathsOrDirs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of pathsOrDirs) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new PlanGraphError('BAD_INPUT', `${path}: no such file or directory`, { subject: path, cause: error });
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name !== MANIFEST_FILE && PLAN_EXTENSIONS.has(extname(name).toLowerCase())).sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return [...new Set(files)];
}
