import type { EntityCandidate, EntityType } from '../model/entity.ts';
import type { Extraction } from '../model/entity.ts';
import type { ResolvedEntity, ResolvedMention, ResolvedPlanGraph, ResolvedRelation } from '../model/graph.ts';
import { regionCodeOf, regionId } from '../model/ids.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import type { AliasTable } from './aliases.ts';
import { normaliseName, withoutBranch } from './names.ts';
import { identityForm, variantForm } from './variants.ts';

export { createAliasTable, type AliasEntry, type AliasTable } from './aliases.ts';
export { normaliseName, withoutLegalForm } from './names.ts';

/** The first part of an entity id, by type (`park:` …). */
export const ID_PREFIX: Record<EntityType, string> = {
  REGION: 'region',
  ZONE: 'zone',
  PARK: 'park',
  ENTERPRISE: 'enterprise',
  PROJECT: 'project',
  POLICY: 'policy',
};

interface Canonical {
  id: string;
  name: string;
  props: ResolvedEntity['props'];
}

/**
 * The canonical identity of a candidate, from its name and static data only (gazetteer, alias
 * table), so that every plan resolved on its own meets the same nodes: `region:<code>` for
 * regions (renamed codes followed to the current one), `<type>:<canonical name>` for others.
 */
export function canonicalOf(candidate: EntityCandidate, gazetteer: Gazetteer, aliases: AliasTable): Canonical {
  if (candidate.type === 'REGION') {
    const code = String(candidate.props.code ?? regionCodeOf(candidate.key) ?? candidate.key);
    const row = gazetteer.byCode(code);
    const current = row?.code ?? code;
    return { id: regionId(current), name: row?.name ?? candidate.name, props: { code: current, level: row?.level ?? candidate.props.level ?? null } };
  }
  const normalised = candidate.type === 'ENTERPRISE' ? withoutBranch(normaliseName(candidate.name)) : normaliseName(candidate.name);
  const aliased = aliases.canonical(candidate.type, normalised) ?? aliases.canonical(candidate.type, variantForm(candidate.type, normalised));
  const name = aliased ?? variantForm(candidate.type, normalised);
  const key = aliased ?? identityForm(candidate.type, normalised, (prefix) => gazetteer.byName(prefix).some((entry) => entry.row.level !== 'township'));
  const props: ResolvedEntity['props'] = {};
  if (candidate.type === 'PARK' || candidate.type === 'ZONE') {
    // The statistical code list carries some development zones as divisions: keep their code.
    const unit = gazetteer.zoneUnits.find((row) => row.name === name);
    if (unit) props.code = unit.code;
  }
  return { id: `${ID_PREFIX[candidate.type]}:${key}`, name, props };
}

/** What resolution reads besides the extraction: the gazetteer and the reviewed aliases. */
export interface ResolveResources {
  gazetteer: Gazetteer;
  aliases: AliasTable;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Resolves one plan's extraction: candidates to canonical entities (merging the forms one
 * thing takes within a type, never across types or division codes), mentions and relations
 * re-keyed to entity ids, everything in a stable order.
 */
export function resolvePlan(extraction: Extraction, resources: ResolveResources): ResolvedPlanGraph {
  const { gazetteer, aliases } = resources;
  const idOfKey = new Map<string, string>();
  const entities = new Map<string, ResolvedEntity>();
  const forms = new Map<string, Set<string>>();
  const candidates = [...extraction.entities].sort((a, b) => byText(a.key, b.key));
  for (const candidate of candidates) {
    const canonical = canonicalOf(candidate, gazetteer, aliases);
    idOfKey.set(candidate.key, canonical.id);
    const known = entities.get(canonical.id);
    const props = { ...candidate.props, ...canonical.props };
    if (!known) {
      entities.set(canonical.id, { id: canonical.id, type: candidate.type, name: canonical.name, aliases: [], props: sortProps(props) });
      forms.set(canonical.id, new Set());
    } else {
      // Forms merged by their key: the entity keeps the fullest name (longest, then first in text order).
      if (canonical.name.length > known.name.length) known.name = canonical.name;
      for (const [k, v] of Object.entries(props)) if (!(k in known.props)) known.props[k] = v;
      known.props = sortProps(known.props);
    }
    const seen = forms.get(canonical.id);
    for (const form of [candidate.name, ...candidate.aliases]) seen?.add(normaliseName(form));
  }

  const idOf = (key: string): string => {
    const id = idOfKey.get(key);
    if (id === undefined) throw new Error(`extraction of ${extraction.planId} refers to unknown entity ${key}`);
    return id;
  };

  const mentions: ResolvedMention[] = extraction.mentions
    .map(({ entityKey, ...rest }) => ({ ...rest, entityId: idOf(entityKey) }))
    .sort((a, b) => a.sectionOrdinal - b.sectionOrdinal || a.start - b.start || a.end - b.end || byText(a.entityId, b.entityId));
  for (const mention of mentions) forms.get(mention.entityId)?.add(normaliseName(mention.surface));

  const relationIds = new Set<string>();
  const relations: ResolvedRelation[] = [];
  for (const r of extraction.relations) {
    const fromId = idOf(r.fromKey);
    const toId = idOf(r.toKey);
    if (fromId === toId) continue;
    const key = `${r.type}|${fromId}|${toId}|${r.evidence.sectionOrdinal}|${r.evidence.start}|${r.evidence.end}`;
    if (relationIds.has(key)) continue;
    relationIds.add(key);
    relations.push({ type: r.type, fromId, toId, evidence: r.evidence });
  }
  relations.sort(
    (a, b) =>
      byText(a.type, b.type) ||
      byText(a.fromId, b.fromId) ||
      byText(a.toId, b.toId) ||
      a.evidence.sectionOrdinal - b.evidence.sectionOrdinal ||
      a.evidence.start - b.evidence.start,
  );

  const resolved = [...entities.values()]
    .map((e) => ({ ...e, aliases: [...(forms.get(e.id) ?? [])].filter((f) => f !== e.name).sort(byText) }))
    .sort((a, b) => byText(a.id, b.id));
  return { planId: extraction.planId, entities: resolved, mentions, relations };
}

function sortProps(props: ResolvedEntity['props']): ResolvedEntity['props'] {
  return Object.fromEntries(Object.entries(props).sort(([a], [b]) => byText(a, b)));
}
