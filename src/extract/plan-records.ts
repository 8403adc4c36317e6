import type { Gazetteer } from '../gazetteer/index.ts';
import type { EntityCandidate, EntityType, Extraction, Mention } from '../model/entity.ts';
import { entityId, regionId } from '../model/ids.ts';
import type { StructuredPlan } from '../model/plan.ts';
import type { Section } from '../model/section.ts';
import { evidenceOf, type Found, type Keyed } from './found.ts';
import type { MentionReading } from './readings.ts';
import type { Endpoint, RelationFact } from './relations.ts';

/** Key of a candidate within one plan's extraction: type and name (regions: their code). */
export function candidateKey(type: EntityType, name: string, code?: string): string {
  return type === 'REGION' && code !== undefined ? regionId(code) : entityId(type, name);
}

const byKey = (a: EntityCandidate, b: EntityCandidate): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * What the extraction of one plan collects as it reads: each entity once by its key (with the
 * properties the first mention gave it), every mention with its evidence, and each relation once
 * per passage (the first evidence read at a passage is the one kept).
 */
export class PlanRecords {
  private readonly gazetteer: Gazetteer;
  private readonly entities = new Map<string, EntityCandidate>();
  private readonly mentions: Mention[] = [];
  private readonly relations: Extraction['relations'] = [];
  private readonly relationKeys = new Set<string>();

  constructor(gazetteer: Gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Records a name found in a section: its entity, and its mention with the evidence (and, for a project, its stage and figures). */
  addMention(plan: StructuredPlan, section: Section, found: Found, reading: MentionReading = {}): Keyed {
    const props: EntityCandidate['props'] = { ...(found.hit.props ?? {}) };
    const row = found.code !== undefined ? this.gazetteer.byCode(found.code) : undefined;
    if (found.type === 'REGION' && found.code !== undefined) {
      props.code = row?.code ?? found.code;
      if (row) props.level = row.level;
    }
    const name = found.type === 'REGION' ? (row?.name ?? found.hit.name) : found.hit.name;
    const key = this.addEntity(found.type, name, props, found.code === undefined ? undefined : (row?.code ?? found.code));
    const evidence = evidenceOf(plan, section, found.hit.start, found.hit.end, found.hit.ruleId);
    this.mentions.push({ ...evidence, entityKey: key, surface: found.hit.surface, ...(found.nestedIn ? { nestedIn: found.nestedIn.hit.name } : {}), ...reading });
    return { ...found, key, evidence };
  }

  /**
   * Records a relation. The end a relation names is recorded only once the other end is known (a
   * region the gazetteer lacks makes no relation and no entity).
   */
  addFact(fact: RelationFact): void {
    const to = this.keyOf(fact.to);
    if (to === undefined) return;
    const from = this.keyOf(fact.from);
    if (from === undefined || from === to) return;
    const { evidence } = fact;
    const id = `${fact.type}|${from}|${to}|${evidence.sectionOrdinal}|${evidence.start}|${evidence.end}`;
    if (this.relationKeys.has(id)) return;
    this.relationKeys.add(id);
    this.relations.push({ type: fact.type, fromKey: from, toKey: to, evidence });
  }

  /** The extraction of the plan: entities by key, mentions in reading order, relations as found. */
  extraction(planId: string): Extraction {
    return {
      planId,
      entities: [...this.entities.values()].sort(byKey),
      mentions: this.mentions.sort((a, b) => a.sectionOrdinal - b.sectionOrdinal || a.start - b.start || a.end - b.end),
      relations: this.relations,
    };
  }

  private addEntity(type: EntityType, name: string, props: EntityCandidate['props'], code?: string): string {
    const key = candidateKey(type, name, code);
    const known = this.entities.get(key);
    if (!known) this.entities.set(key, { key, type, name, aliases: [], props: { ...props } });
    else for (const [k, v] of Object.entries(props)) if (!(k in known.props)) known.props[k] = v;
    return key;
  }

  private keyOf(end: Endpoint): string | undefined {
    if ('key' in end) return end.key;
    if ('type' in end) return this.addEntity(end.type, end.name, {});
    const row = this.gazetteer.byCode(end.regionCode);
    return row ? this.addEntity('REGION', row.name, { code: row.code, level: row.level }, row.code) : undefined;
  }
}
