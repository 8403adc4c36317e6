/**
 * The relations a section's names imply, each with its evidence and rule: LOCATED_IN, BUILT_BY,
 * IN_PARK, IN_ZONE, PART_OF, COVERS, and those of names read inside names. Pure: they return
 * facts, and extractPlan turns their ends into candidate keys.
 */
import type { EntityType, Evidence, RelationType } from '../model/entity.ts';
import type { StructuredPlan } from '../model/plan.ts';
import type { Section } from '../model/section.ts';
import { evidenceOf, type Found, isBox, type Keyed } from './found.ts';
import type { Hit } from './hits.ts';
import { findParks } from './parks.ts';
import { type RegionHit, regionsInsideName } from './regions.ts';
import type { Resources } from './resources.ts';
import type { RuleId } from './rules.ts';
import { findZoneCoverage, findZones } from './zones.ts';

/** An end of a relation: a name read in the section, or an entity the relation itself names. */
export type Endpoint = { key: string } | { type: 'PARK' | 'ZONE'; name: string } | { regionCode: string };

export interface RelationFact {
  type: RelationType;
  from: Endpoint;
  to: Endpoint;
  evidence: Evidence;
}

const withRule = (evidence: Evidence, ruleId: RuleId): Evidence => ({ ...evidence, ruleId });

/**
 * The relations of one section, in the order extractPlan records them (the first evidence of a
 * relation read twice at one passage is the one kept).
 */
export function sectionRelations(plan: StructuredPlan, section: Section, keyed: readonly Keyed[], resources: Resources): RelationFact[] {
  const facts: RelationFact[] = [];
  const enterprisesByStart = new Map<number, Keyed[]>();
  for (const f of keyed) {
    if (f.type === 'ENTERPRISE') enterprisesByStart.set(f.hit.start, [...(enterprisesByStart.get(f.hit.start) ?? []), f]);
  }
  for (const f of keyed) {
    const from = { key: f.key };
    if (f.type === 'PARK' || f.type === 'ENTERPRISE' || f.type === 'PROJECT') {
      for (const [code, ruleId] of locationsOf(f.hit.name, plan.meta.regionCode, resources)) {
        facts.push({ type: 'LOCATED_IN', from, to: { regionCode: code }, evidence: withRule(f.evidence, ruleId) });
      }
    }
    if (f.type === 'PROJECT') {
      const builder = builderOf(f, enterprisesByStart);
      if (builder) facts.push({ type: 'BUILT_BY', from, to: { key: builder.key }, evidence: withRule(f.evidence, 'built-by.leading-enterprise') });
      if (isBox(section)) facts.push(...boxLineLocations(plan, section, f, keyed));
    }
    if (f.type === 'PROJECT' || f.type === 'ENTERPRISE') {
      // A park named inside the name: 孝义市经济开发区综合物流园区 is in 孝义市经济开发区.
      for (const park of findParks(f.hit.name, resources)) {
        if (park.end - park.start === f.hit.name.length) continue;
        facts.push({ type: 'IN_PARK', from, to: { type: 'PARK', name: park.name }, evidence: withRule(f.evidence, 'in-park.name') });
      }
    }
    if (f.type === 'PROJECT' || f.type === 'PARK') {
      for (const zone of findZones(f.hit.name, resources)) {
        if (zone.end - zone.start === f.hit.name.length) continue;
        const to = { type: 'ZONE' as const, name: zone.name };
        const evidence = withRule(f.evidence, 'in-zone.name');
        facts.push({ type: f.type === 'PARK' ? 'PART_OF' : 'IN_ZONE', from, to, evidence });
        if (f.type === 'PARK') facts.push({ type: 'IN_ZONE', from, to, evidence });
      }
    }
  }
  facts.push(...nestedRelations(keyed), ...coverage(plan, section, keyed));
  return facts;
}

/** On a 专栏 line, the regions the line names locate its project. */
function boxLineLocations(plan: StructuredPlan, section: Section, project: Keyed, keyed: readonly Keyed[]): RelationFact[] {
  const facts: RelationFact[] = [];
  for (const region of keyed) {
    // A region read inside a name on the line (山西 in 山西信发化工有限公司) locates that name, not the line.
    if (region.type !== 'REGION' || region.nestedIn || !sameLine(section.text, project.hit, region.hit)) continue;
    const start = Math.min(project.hit.start, region.hit.start);
    const end = Math.max(project.hit.end, region.hit.end);
    facts.push({ type: 'LOCATED_IN', from: { key: project.key }, to: { key: region.key }, evidence: evidenceOf(plan, section, start, end, 'located-in.box-line') });
  }
  return facts;
}

/** The relation a name inside a name implies, where the name-based rules above do not give it. */
function nestedRelation(outer: EntityType, inner: EntityType): { type: RelationType; ruleId: RuleId } | undefined {
  if (outer === 'PROJECT' && inner === 'ENTERPRISE') return { type: 'BUILT_BY', ruleId: 'nested.built_by' };
  if (outer === 'PROJECT' && inner === 'PROJECT') return { type: 'PART_OF', ruleId: 'nested.part_of' };
  if (outer === 'PARK' && inner === 'PARK') return { type: 'PART_OF', ruleId: 'nested.part_of' };
  return undefined;
}

function nestedRelations(keyed: readonly Keyed[]): RelationFact[] {
  const facts: RelationFact[] = [];
  for (const inner of keyed) {
    if (!inner.nestedIn) continue;
    const container = keyed.find((k) => k.hit === inner.nestedIn?.hit);
    const relation = container ? nestedRelation(container.type, inner.type) : undefined;
    if (container && relation) facts.push({ type: relation.type, from: { key: container.key }, to: { key: inner.key }, evidence: withRule(container.evidence, relation.ruleId) });
  }
  return facts;
}

/** (Zone)-[:COVERS]->(Region) from the passages that list a zone's regions. */
function coverage(plan: StructuredPlan, section: Section, found: readonly Found[]): RelationFact[] {
  const zoneHits = found.filter((f) => f.type === 'ZONE').map((f) => f.hit);
  if (zoneHits.length === 0) return [];
  const regionHits: RegionHit[] = found
    .filter((f) => f.type === 'REGION' && f.code !== undefined)
    .map((f) => ({ start: f.hit.start, end: f.hit.end, surface: f.hit.surface, code: f.code ?? '', ruleId: f.hit.ruleId }));
  return findZoneCoverage(section.text, zoneHits, regionHits).map((cover) => ({
    type: 'COVERS',
    from: { type: 'ZONE', name: cover.zone.name },
    to: { regionCode: cover.code },
    evidence: evidenceOf(plan, section, cover.start, cover.end, cover.ruleId),
  }));
}

/** Codes of the innermost regions named inside an entity's name (晋中经济技术开发区 → 140700). */
function innermostRegionsInName(name: string, planRegionCode: string | null, resources: Resources): string[] {
  const hits = regionsInsideName(name, resources, { planRegionCode });
  const level = (code: string): string | undefined => resources.gazetteer.byCode(code)?.level;
  const innermost = hits[0] ? level(hits[0].code) : undefined;
  return [...new Set(hits.filter((h) => level(h.code) === innermost).map((h) => h.code))];
}

/**
 * Where a park, enterprise or project lies, by the regions its name gives: the innermost of
 * them. A name that gives only a province (山西信发化工有限公司年产…项目 in the 孝义 plan) says
 * little where the issuing plan's region lies within that province: the plan speaks of its
 * own region, so the thing is LOCATED_IN the plan's region (rule located-in.plan-region).
 */
export function locationsOf(name: string, planRegionCode: string | null, resources: Resources): Array<[string, RuleId]> {
  const { gazetteer } = resources;
  const codes = innermostRegionsInName(name, planRegionCode, resources);
  const onlyProvince = codes.length > 0 && codes.every((code) => gazetteer.byCode(code)?.level === 'province');
  if (onlyProvince && planRegionCode !== null && codes.some((code) => code !== planRegionCode && gazetteer.isWithin(planRegionCode, code))) {
    return [[planRegionCode, 'located-in.plan-region']];
  }
  return codes.map((code) => [code, 'located-in.name']);
}

/** The enterprise a project's name starts with (山西信发化工有限公司年产…项目). */
function builderOf(project: Keyed, enterprisesByStart: ReadonlyMap<number, readonly Keyed[]>): Keyed | undefined {
  return enterprisesByStart.get(project.hit.start)?.find((f) => f.hit.end < project.hit.end);
}

function sameLine(text: string, a: Hit, b: Hit): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return from >= to || !/[；;。\n]/.test(text.slice(from, to));
}
