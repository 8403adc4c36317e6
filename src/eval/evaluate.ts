import { ENTITY_TYPES, type EntityType, type Extraction } from '../model/entity.ts';
import type { ResolvedPlanGraph } from '../model/graph.ts';
import type { StructuredPlan } from '../model/plan.ts';
import { sectionToNormalized } from '../structure/offsets.ts';
import type { Annotations, Trace } from './annotations.ts';
import { compact, compactWithOffsets, locatePassage } from './locate.ts';

export interface TypeScore {
  type: EntityType;
  /** Found mentions that match an annotation, in exhaustive passages. */
  truePositives: number;
  /** Found mentions in exhaustive passages that match no annotation. */
  falsePositives: number;
  /** Annotated mentions (all passages) that were found. */
  found: number;
  /** Annotated mentions (all passages). */
  annotated: number;
  precision: number | null;
  recall: number | null;
  /** Of the matched mentions, how many resolved to the annotated name. */
  namesRight: number;
  nameAccuracy: number | null;
}

export interface EvalItem {
  plan: string;
  passageId: string;
  type: EntityType;
  surface: string;
  /** The annotated canonical name (misses) or the name it resolved to (false positives). */
  name: string;
}

export interface TraceResult {
  type: EntityType | null;
  name: string;
  expected: string[];
  found: string[];
  correct: boolean;
}

export interface EvalReport {
  scores: TypeScore[];
  misses: EvalItem[];
  falsePositives: EvalItem[];
  /** Matched mentions whose resolved name differs from the annotated one. */
  wrongNames: Array<EvalItem & { resolvedName: string }>;
  /** Passages that could not be found in their plan's text. */
  unlocated: Array<{ plan: string; passageId: string }>;
  traces: TraceResult[];
  traceAccuracy: number | null;
}

interface FoundMention {
  type: EntityType;
  surface: string;
  name: string;
  aliases: readonly string[];
  normStart: number;
  normEnd: number;
}

type Graph = Extraction | ResolvedPlanGraph;

function foundMentions(plan: StructuredPlan, graph: Graph): FoundMention[] {
  const entities = new Map<string, { type: EntityType; name: string; aliases: readonly string[] }>();
  for (const e of graph.entities) entities.set('key' in e ? e.key : e.id, { type: e.type, name: e.name, aliases: e.aliases });
  const sections = new Map(plan.sections.map((s) => [s.ordinal, s]));
  const out: FoundMention[] = [];
  for (const m of graph.mentions) {
    const id = 'entityKey' in m ? m.entityKey : m.entityId;
    const entity = entities.get(id);
    const section = sections.get(m.sectionOrdinal);
    if (!entity || !section) continue;
    const span = sectionToNormalized(section, m.start, m.end);
    out.push({ type: entity.type, surface: m.surface, name: entity.name, aliases: entity.aliases, normStart: span.start, normEnd: span.end });
  }
  return out;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/**
 * Scores extraction against hand-checked annotations: per type, precision over exhaustive
 * passages and recall over all passages (a mention matches when its type and compact surface
 * match an annotated one in the same passage, each used once); the resolved names of matched
 * mentions; and, for traced entities, whether the set of plans mentioning them is the
 * expected one. `plans` and `graphs` are matched by source file name and plan id.
 */
export function evaluate(annotations: Annotations, plans: readonly StructuredPlan[], graphs: readonly Graph[]): EvalReport {
  const tallies = new Map<EntityType, { tp: number; fp: number; found: number; annotated: number; namesRight: number }>(
    ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, found: 0, annotated: 0, namesRight: 0 }]),
  );
  const misses: EvalItem[] = [];
  const falsePositives: EvalItem[] = [];
  const wrongNames: EvalReport['wrongNames'] = [];
  const unlocated: EvalReport['unlocated'] = [];

  for (const file of annotations.files) {
    const plan = plans.find((p) => p.source.fileName === file.plan || p.meta.sourceFile === file.plan);
    const graph = plan ? graphs.find((g) => g.planId === plan.meta.id) : undefined;
    if (!plan || !graph) {
      for (const passage of file.passages) unlocated.push({ plan: file.plan, passageId: passage.id });
      continue;
    }
    const haystack = compactWithOffsets(plan.normalized.text);
    const mentions = foundMentions(plan, graph);
    for (const passage of file.passages) {
      const span = locatePassage(haystack, passage.text);
      if (!span) {
        unlocated.push({ plan: file.plan, passageId: passage.id });
        continue;
      }
      const inside = mentions.filter((m) => m.normStart >= span.start && m.normEnd <= span.end);
      const unused = [...inside];
      for (const expected of passage.entities) {
        const tally = tallies.get(expected.type);
        if (!tally) continue;
        tally.annotated += 1;
        const surface = compact(expected.surface);
        const at = unused.findIndex((m) => m.type === expected.type && compact(m.surface) === surface);
        if (at < 0) {
          misses.push({ plan: file.plan, passageId: passage.id, type: expected.type, surface: expected.surface, name: expected.name });
          continue;
        }
        const [match] = unused.splice(at, 1);
        tally.found += 1;
        if (passage.exhaustive) tally.tp += 1;
        if (match && sameName(match, expected.name)) tally.namesRight += 1;
        else if (match) wrongNames.push({ plan: file.plan, passageId: passage.id, type: expected.type, surface: expected.surface, name: expected.name, resolvedName: match.name });
      }
      if (!passage.exhaustive) continue;
      for (const extra of unused) {
        const tally = tallies.get(extra.type);
        if (tally) tally.fp += 1;
        falsePositives.push({ plan: file.plan, passageId: passage.id, type: extra.type, surface: extra.surface, name: extra.name });
      }
    }
  }

  const scores: TypeScore[] = ENTITY_TYPES.map((type) => {
    const t = tallies.get(type) ?? { tp: 0, fp: 0, found: 0, annotated: 0, namesRight: 0 };
    return {
      type,
      truePositives: t.tp,
      falsePositives: t.fp,
      found: t.found,
      annotated: t.annotated,
      precision: ratio(t.tp, t.tp + t.fp),
      recall: ratio(t.found, t.annotated),
      namesRight: t.namesRight,
      nameAccuracy: ratio(t.namesRight, t.found),
    };
  });

  const traces = annotations.traces.map((trace) => traceOf(trace, plans, graphs));
  return {
    scores,
    misses,
    falsePositives,
    wrongNames,
    unlocated,
    traces,
    traceAccuracy: ratio(traces.filter((t) => t.correct).length, traces.length),
  };
}

function sameName(found: { name: string; aliases: readonly string[] }, annotated: string): boolean {
  const want = compact(annotated);
  return compact(found.name) === want;
}

function traceOf(trace: Trace, plans: readonly StructuredPlan[], graphs: readonly Graph[]): TraceResult {
  const want = compact(trace.name);
  const found: string[] = [];
  for (const plan of plans) {
    const graph = graphs.find((g) => g.planId === plan.meta.id);
    if (!graph) continue;
    const ids = new Set(
      graph.entities
        .filter((e) => (trace.type === undefined || e.type === trace.type) && (compact(e.name) === want || e.aliases.some((a) => compact(a) === want)))
        .map((e) => ('key' in e ? e.key : e.id)),
    );
    const mentioned = graph.mentions.some((m) => ids.has('entityKey' in m ? m.entityKey : m.entityId));
    if (mentioned) found.push(plan.source.fileName);
  }
  const expected = [...trace.plans].sort();
  found.sort();
  return {
    type: trace.type ?? null,
    name: trace.name,
    expected,
    found,
    correct: expected.length === found.length && expected.every((p, i) => p === found[i]),
  };
}

/** The report as a plain-text table, one row per type, then traces and the lists. */
export function formatReport(report: EvalReport, options: { listLimit?: number } = {}): string {
  const pct = (v: number | null): string => (v === null ? '   —  ' : `${(v * 100).toFixed(1).padStart(5)}%`);
  const lines: string[] = [];
  lines.push('type        precision  recall   names    tp   fp  found/annotated');
  for (const s of report.scores) {
    lines.push(
      `${s.type.padEnd(11)} ${pct(s.precision)}   ${pct(s.recall)}  ${pct(s.nameAccuracy)}  ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)}  ${s.found}/${s.annotated}`,
    );
  }
  lines.push('');
  lines.push(`trace accuracy: ${pct(report.traceAccuracy)} (${report.traces.filter((t) => t.correct).length}/${report.traces.length})`);
  for (const t of report.traces.filter((x) => !x.correct)) lines.push(`  trace ${t.type ?? ''} ${t.name}: expected [${t.expected.join(', ')}], found [${t.found.join(', ')}]`);
  const limit = options.listLimit ?? 50;
  const list = (title: string, items: readonly EvalItem[]): void => {
    lines.push('', `${title} (${items.length})`);
    for (const i of items.slice(0, limit)) lines.push(`  ${i.type.padEnd(10)} ${i.surface}  [${i.plan} ${i.passageId}]`);
    if (items.length > limit) lines.push(`  … ${items.length - limit} more`);
  };
  list('misses', report.misses);
  list('false positives', report.falsePositives);
  lines.push('', `wrong names (${report.wrongNames.length})`);
  for (const w of report.wrongNames.slice(0, limit)) lines.push(`  ${w.type.padEnd(10)} ${w.surface} → ${w.resolvedName} (want ${w.name})`);
  if (report.unlocated.length > 0) {
    lines.push('', `passages not found in their plan (${report.unlocated.length})`);
    for (const u of report.unlocated) lines.push(`  ${u.plan} ${u.passageId}`);
  }
  return lines.join('\n');
}
