import type { EntityType, Extraction } from '../model/entity.ts';
import type { StructuredPlan } from '../model/plan.ts';
import type { Section } from '../model/section.ts';
import { findEnterprises, legalFormNames, planShortForms } from './enterprises.ts';
import { type Found, isBox } from './found.ts';
import { nameOf } from './hits.ts';
import { findParks } from './parks.ts';
import { findPolicies } from './policies.ts';
import { findProjects } from './projects.ts';
import { findRegions } from './regions.ts';
import { PlanRecords } from './plan-records.ts';
import { readMentions } from './readings.ts';
import { sectionRelations } from './relations.ts';
import type { Resources } from './resources.ts';
import { findZones } from './zones.ts';

export type { Resources } from './resources.ts';

/**
 * Which names may stand inside which (ANNOTATION.md): a region inside any name; a zone inside a
 * park, project, enterprise or policy (京津冀协同发展); a park inside a park, project or
 * enterprise; an enterprise inside a project or park (阳煤集团寿阳乙二醇项目); a project inside a
 * project (108国道 inside 108国道晋中段); a policy inside a policy. Anything else read inside a
 * name (a "project" inside a park's name) is a piece of that name, not a name of its own.
 */
const NESTABLE: Record<EntityType, readonly EntityType[]> = {
  REGION: [],
  ZONE: ['REGION'],
  PARK: ['REGION', 'ZONE', 'PARK', 'ENTERPRISE'],
  ENTERPRISE: ['REGION', 'ZONE', 'PARK'],
  PROJECT: ['REGION', 'ZONE', 'PARK', 'ENTERPRISE', 'PROJECT'],
  POLICY: ['REGION', 'ZONE', 'POLICY'],
};

/** Names read inside names, to this depth (晋中 in 晋中经济技术开发区 in its 国际合作园区). */
const NESTING_DEPTH = 3;

/**
 * The names inside each name: the finders run over the name's own text, as if it were a short
 * section of prose, and what they find (short of the whole name) is a nested mention with its
 * offsets in the section. A name already found on its own at the same place is not found twice.
 */
function namesInsideNames(section: Section, outer: readonly Found[], context: FinderContext, depth = 1): Found[] {
  if (depth > NESTING_DEPTH) return [];
  const inside: Found[] = [];
  const taken = new Set(outer.map((f) => `${f.type}|${f.hit.start}|${f.hit.end}`));
  for (const container of outer) {
    const allowed = NESTABLE[container.type];
    if (allowed.length === 0 || container.hit.end - container.hit.start < 3) continue;
    const name: Section = { ...section, kind: 'item', title: '', text: container.hit.surface };
    const nested = settle(candidatesInside(name, context))
      .filter((f) => allowed.includes(f.type) && (f.type !== 'PROJECT' || isPartOfWork(f, container)) && (f.type !== 'POLICY' || (!isQuotedName(container) && !isTailOfPolicy(f, container))))
      .map((f) => ({ ...f, hit: { ...f.hit, start: f.hit.start + container.hit.start, end: f.hit.end + container.hit.start }, nestedIn: container }))
      .filter((f) => !taken.has(`${f.type}|${f.hit.start}|${f.hit.end}`));
    inside.push(...nested, ...namesInsideNames(section, nested, context, depth + 1));
  }
  return inside;
}

/**
 * Last characters of the head words names end with (开发区, 集团, 国道, 产业园, 城市群 …): where a
 * name inside a name can end. General characters, not names.
 */
const HEAD_ENDS = new Set('区园团司行道段线路站场矿厂港心地城带群圈廊院馆库桥');

/**
 * What the finders read inside a name: in the whole name, and in each of its beginnings that
 * ends with a head word (晋中经济技术开发区 in 晋中经济技术开发区国际合作园区, which a finder
 * reading the whole name rightly takes as one). The name itself is not inside itself. A plan names
 * the same things again and again: what is inside a name is read once per plan.
 */
function candidatesInside(name: Section, context: FinderContext): Found[] {
  const text = name.text;
  const known = context.inside.get(text);
  if (known) return known;
  const found = readOnce(name, text, 'inside', context);
  for (let end = 2; end < text.length; end += 1) {
    // 物流园|区 is one head word cut in two, not a park inside a park.
    if (HEAD_ENDS.has(text[end - 1] ?? '') && text[end] !== '区') found.push(...readOnce(name, text.slice(0, end), 'ending', context));
  }
  context.inside.set(text, found);
  return found;
}

/**
 * The finders over a name (`inside`: what is shorter than the whole) or over a beginning of one
 * (`ending`: what ends where the beginning does), once per plan: names share their beginnings
 * (晋中经济技术开发区 opens many). What a finder reads among the earlier finders' hits is only
 * what is kept, as in a section.
 */
function readOnce(name: Section, part: string, keep: 'inside' | 'ending', context: FinderContext): Found[] {
  const key = `${keep}|${part}`;
  const known = context.reads.get(key);
  if (known) return [...known];
  const kept = (f: Found): boolean => (keep === 'inside' ? f.hit.end - f.hit.start < part.length : f.hit.end === part.length);
  const all: Found[] = [];
  for (const finder of FINDERS) all.push(...finder({ ...name, text: part }, context, () => settle(all)).filter(kept));
  context.reads.set(key, all);
  return [...all];
}

/**
 * A project inside a project's name is the work that the longer name is a part or segment of
 * (108国道 in 108国道晋中段改线工程): it opens the name and is not itself a 项目/工程 line, which
 * would be a second project of a 专栏 line rather than a part of the first.
 */
function isPartOfWork(inner: Found, container: Found): boolean {
  return container.type === 'PROJECT' && inner.hit.start === 0 && !/(?:项目|工程)$/.test(inner.hit.name);
}

/**
 * A document cited in 《》 or a quoted framework is one name as a whole: the programme words inside
 * it (五年行动 in 《…五年行动方案》, 一带一路 in “一核一园一带一路”) are pieces of the title, not policies.
 */
function isQuotedName(container: Found): boolean {
  return container.type === 'POLICY' && /^policy\.(?:cited-document|quoted)/.test(container.hit.ruleId);
}

/**
 * A policy read inside a policy and ending where it ends is the same name read with a shorter
 * start, not a name inside it: 深入开展|政府系统抓落实提高执行|力专项行动 read alone would cut at the
 * verb 执行; 推进事权与支出|责任划分改革 at the conjunction. A policy inside ends before the head
 * (能源革命 in 能源革命综合改革试点).
 */
function isTailOfPolicy(inner: Found, container: Found): boolean {
  return container.type === 'POLICY' && inner.hit.end === container.hit.end - container.hit.start;
}

/** `earlier`: what the finders before this one found, settled; asked for only by the finder that needs it. */
type Finder = (section: Section, context: FinderContext, earlier: () => readonly Found[]) => Found[];

interface FinderContext {
  plan: StructuredPlan;
  resources: Resources;
  /** What the finders read inside each name text, once per plan (see candidatesInside). */
  inside: Map<string, Found[]>;
  /**
   * What the finders find in a name or a beginning of one, once per plan: names share their
   * beginnings (晋中经济技术开发区 opens many), and a beginning may be a name of its own.
   */
  reads: Map<string, Found[]>;
  /** Short forms the plan gives its enterprises (阳煤 for 阳煤集团): read on a first pass. */
  enterpriseShortForms: readonly string[];
}

/**
 * The finders, in order. On overlapping hits the longest wins; on equal ones, the earlier in
 * this list (a zone over a park of the same span, a physical 工程 as a project over a policy).
 */
const FINDERS: readonly Finder[] = [
  (s, c) => findZones(s.text, c.resources).map((hit) => ({ type: 'ZONE', hit })),
  (s, c) => findParks(s.text, c.resources).map((hit) => ({ type: 'PARK', hit })),
  (s, c) => findProjects(s.text, c.resources, { box: isBox(s) }).map((hit) => ({ type: 'PROJECT', hit })),
  (s, c) => findEnterprises(s.text, c.resources, { shortForms: c.enterpriseShortForms }).map((hit) => ({ type: 'ENTERPRISE', hit })),
  (s, c) => findPolicies(s.text, c.resources, { box: isBox(s) }).map((hit) => ({ type: 'POLICY', hit })),
  (s, c, earlier) =>
    findRegions(s.text, c.resources, { planRegionCode: c.plan.meta.regionCode, longerNames: earlier().map((f) => f.hit) }).map((r) => ({
      type: 'REGION',
      code: r.code,
      hit: { start: r.start, end: r.end, surface: r.surface, name: nameOf(r.surface), ruleId: r.ruleId },
    })),
];

/**
 * Reads one plan: every section's own text through the finders, overlaps settled by the
 * GUIDELINES (longest name wins; a project line keeps the enterprise it starts with), the names
 * inside those names, what the passage says of each project (its stage and figures,
 * src/extract/readings.ts), then the relations each mention implies, each with its evidence
 * (src/extract/relations.ts).
 */
export function extractPlan(plan: StructuredPlan, resources: Resources): Extraction {
  const context = finderContext(plan, resources);
  const records = new PlanRecords(resources.gazetteer);
  for (const section of plan.sections) {
    if (section.text.length === 0) continue;
    const found = foundInSection(section, context);
    const readings = readMentions(section, found);
    const keyed = found.map((f) => records.addMention(plan, section, f, readings.get(f)));
    for (const fact of sectionRelations(plan, section, keyed, resources)) records.addFact(fact);
  }
  return records.extraction(plan.meta.id);
}

/** The finders' context for one plan, with a first pass for the short forms of its enterprises. */
function finderContext(plan: StructuredPlan, resources: Resources): FinderContext {
  const fullNames = plan.sections.flatMap((section) => legalFormNames(section.text, resources).map((hit) => hit.name));
  const isRegionName = (name: string): boolean => resources.gazetteer.byName(name).length > 0;
  return { plan, resources, inside: new Map(), reads: new Map(), enterpriseShortForms: planShortForms(fullNames, isRegionName, resources) };
}

/** Every name of a section, settled, and the names inside them, in reading order (outer first). */
function foundInSection(section: Section, context: FinderContext): Found[] {
  const all: Found[] = [];
  for (const finder of FINDERS) all.push(...finder(section, context, () => settle(all)));
  const kept = settle(all);
  const outer = kept.map((f) => {
    // settle keeps an enterprise inside the project line it heads; it is a nested mention too.
    const line = f.type === 'ENTERPRISE' ? kept.find((p) => p.type === 'PROJECT' && isNested(p, f)) : undefined;
    return line ? { ...f, nestedIn: line } : f;
  });
  return [...outer, ...namesInsideNames(section, outer, context)].sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end);
}

/**
 * Longest first across all finders; the one nesting allowed is an enterprise inside a project
 * that names it (山西信发化工有限公司年产110万吨…项目, 申沃--华夏动力…基地项目).
 */
export function settle(found: readonly Found[]): Found[] {
  const ranked = found
    .map((f, index) => ({ f, index }))
    .sort((a, b) => b.f.hit.end - b.f.hit.start - (a.f.hit.end - a.f.hit.start) || a.f.hit.start - b.f.hit.start || a.index - b.index);
  const kept: Found[] = [];
  // Which kept hit covers each character (nested enterprises apart): checking a hit against the
  // characters it spans keeps this linear in the text, where comparing hit pairs was quadratic
  // on long lines.
  const end = found.reduce((most, f) => Math.max(most, f.hit.end), 0);
  const owner = new Int32Array(end).fill(-1);
  const nestedOwner = new Int32Array(end).fill(-1);
  for (const { f } of ranked) {
    const clashes = (covering: Int32Array): boolean => {
      for (let at = f.hit.start; at < f.hit.end; at += 1) {
        const k = covering[at] ?? -1;
        if (k >= 0 && !isNested(kept[k]!, f)) return true;
      }
      return false;
    };
    if (clashes(owner) || clashes(nestedOwner)) continue;
    const nested = f.type === 'ENTERPRISE' && owner.subarray(f.hit.start, f.hit.end).some((k) => k >= 0);
    (nested ? nestedOwner : owner).fill(kept.length, f.hit.start, f.hit.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.hit.start - b.hit.start || a.hit.end - b.hit.end);
}

function isNested(outer: Found, inner: Found): boolean {
  return outer.type === 'PROJECT' && inner.type === 'ENTERPRISE' && inner.hit.start >= outer.hit.start && inner.hit.end <= outer.hit.end && inner.hit.end - inner.hit.start < outer.hit.end - outer.hit.start;
}
