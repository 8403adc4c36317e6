import { NATIONAL_REGION, type PlanKind, type PlanMeta, type SourceDocument } from '../model/document.ts';
import { defaultPlanId } from '../model/ids.ts';
import type { ManifestEntry } from './manifest.ts';
import { frontSegments, headingOf } from './metadata/front.ts';
import { committedPlaces, type PlaceIndex } from './metadata/region.ts';
import { readReportHeading } from './metadata/report.ts';
import { planDate, readPlanTitle } from './metadata/title.ts';

/** What the text itself says about the plan; every field may be missing. */
export interface TextMetadata {
  title: string | null;
  kind: PlanKind | null;
  regionName: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  issuedOn: string | null;
  draft: boolean;
  speaker: string | null;
  speakerOffice: string | null;
}

/**
 * Reads title, kind, issuing region, period, date, draft flag and speaker from the front of the
 * normalised text (its first FRONT_LINES lines), by the grammar of a work report's heading
 * (metadata/report.ts) or of a plan's title (metadata/title.ts). A report's own title and
 * dateline win over any plan its speech names; a plan's notice of issue and cover win over a
 * 《》 in its first paragraph. `places` checks region names the grammar alone cannot delimit.
 */
export function readTextMetadata(text: string, places: PlaceIndex | null = committedPlaces): TextMetadata {
  const segments = frontSegments(text);
  const report = readReportHeading(headingOf(segments));
  if (report) {
    const region = report.region === NATIONAL_REGION ? '' : (report.region ?? '');
    return {
      title: `${report.year === null ? '' : `${report.year}年`}${region}政府工作报告`,
      kind: 'work-report',
      regionName: report.region,
      periodStart: report.year,
      periodEnd: report.year,
      issuedOn: report.issuedOn,
      draft: false,
      speaker: report.speaker,
      speakerOffice: report.speakerOffice,
    };
  }
  const plan = readPlanTitle(segments, places);
  return {
    title: plan?.title ?? null,
    kind: plan?.kind ?? null,
    regionName: plan?.region ?? null,
    periodStart: plan?.period?.[0] ?? null,
    periodEnd: plan?.period?.[1] ?? null,
    issuedOn: planDate(segments),
    draft: plan?.draft ?? false,
    speaker: null,
    speakerOffice: null,
  };
}

/**
 * The text's own statements, then the manifest on top; the file name as the title of last resort.
 * The issuing region's code is the manifest's, else the gazetteer's when the name denotes one
 * division only (城区 alone names several; 晋城市城区 one).
 */
export function planMeta(source: SourceDocument, normalizedText: string, entry?: ManifestEntry, places: PlaceIndex | null = committedPlaces): PlanMeta {
  const text = readTextMetadata(normalizedText, places);
  const regionName = entry?.regionName ?? text.regionName ?? '';
  const partial = {
    title: entry?.title ?? text.title ?? source.fileName.replace(/\.[^.]+$/, ''),
    kind: entry?.kind ?? text.kind ?? 'other',
    regionName,
    regionCode: entry?.regionCode ?? (regionName && regionName !== NATIONAL_REGION ? (places?.codeOf(regionName) ?? null) : null),
    periodStart: entry?.periodStart ?? text.periodStart,
    periodEnd: entry?.periodEnd ?? text.periodEnd,
    issuedOn: entry?.issuedOn !== undefined ? entry.issuedOn : text.issuedOn,
    draft: entry?.draft ?? text.draft,
    speaker: entry?.speaker !== undefined ? entry.speaker : text.speaker,
    speakerOffice: entry?.speakerOffice !== undefined ? entry.speakerOffice : text.speakerOffice,
    sourceFile: source.fileName,
  } satisfies Omit<PlanMeta, 'id'>;
  return { id: entry?.id ?? defaultPlanId(partial, source.sha256), ...partial };
}
