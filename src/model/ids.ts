import type { PlanMeta } from './document.ts';
import type { EntityType } from './entity.ts';

/**
 * Every id the graph stores is built, and taken apart, here: the loader writes them, the API
 * looks nodes up by them and the explorer puts them in its URLs, so two spellings of one id
 * would be two nodes, or a lookup that silently finds nothing.
 *
 * - plan: a manifest id, or `<kind>-<region code | plan-<version>>-<period>` (defaultPlanId)
 * - plan version: the first 12 hex digits of the source's sha256
 * - section: `<plan id>@<version>#<ordinal>`
 * - entity: `region:<code>` for a division, `<type in lower case>:<name>` for the others
 */

const REGION_PREFIX = 'region:';

/** The id of a division, from its gazetteer code: `region:140700`. */
export function regionId(code: string): string {
  return `${REGION_PREFIX}${code}`;
}

/** The code in a region id (`region:140700` → `140700`), or null for any other id. */
export function regionCodeOf(id: string): string | null {
  return id.startsWith(REGION_PREFIX) ? id.slice(REGION_PREFIX.length) : null;
}

/** The id of an entity known by its name: `zone:108廊带`, `enterprise:晋中市…有限公司`. */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${name}`;
}

/** The version of a plan's source: enough of its sha256 to tell editions apart. */
export function planVersion(sha256: string): string {
  return sha256.slice(0, 12);
}

/**
 * A stable plan id when the manifest gives none: kind, issuing region code (or the source's
 * version when the region is unknown) and period, e.g. `five-year-plan-140700-2016-2020`.
 */
export function defaultPlanId(meta: Pick<PlanMeta, 'kind' | 'regionCode' | 'periodStart' | 'periodEnd'>, sha256: string): string {
  const period = meta.periodStart === null ? '' : meta.periodEnd !== null && meta.periodEnd !== meta.periodStart ? `${meta.periodStart}-${meta.periodEnd}` : `${meta.periodStart}`;
  const parts = [meta.kind, meta.regionCode ?? `plan-${planVersion(sha256)}`, period].filter((part) => part.length > 0);
  return slugify(parts.join('-'));
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface SectionIdParts {
  planId: string;
  version: string;
  ordinal: number;
}

/** The id of a section of one version of a plan: `five-year-plan-140700-2016-2020@3f2a…#12`. */
export function sectionId(planId: string, version: string, ordinal: number): string {
  return `${planId}@${version}#${ordinal}`;
}

// The plan id is everything before the last '@': a manifest id may contain one, a version
// (hex) and an ordinal (digits) never do.
const SECTION_ID = /^(.*)@([^@#]*)#(\d+)$/;

/** The parts of a section id, or null when `id` is not one. */
export function parseSectionId(id: string): SectionIdParts | null {
  const match = SECTION_ID.exec(id);
  if (match === null) return null;
  const [, planId = '', version = '', ordinal = ''] = match;
  return { planId, version, ordinal: Number(ordinal) };
}

/** The plan a section id belongs to ('' when `id` is not a section id). */
export function planIdOfSection(id: string): string {
  return parseSectionId(id)?.planId ?? '';
}

/**
 * A source file as plans remember it: its bytes' sha256 and its name. The same string is written
 * by cypher/load/plan-commit.cypher (`p.sha256 + ' ' + p.sourceFile`).
 */
export function sourceKey(sha256: string, fileName: string): string {
  return `${sha256} ${fileName}`;
}
