/**
 * The status and figure rules (issue 16) measured against hand annotations made by reading the
 * passages (tests/fixtures/annotations/status/GUIDELINES.md): `corpus/` for the default documents,
 * `dev/` for documents of ../shared no rule was written from, reported apart.
 *
 * Each annotated mention is looked up among the extracted mentions of its document: same surface
 * (whitespace and quote marks aside), in a section whose text holds the annotated passage
 * (whitespace aside), the one inside the passage first. Mentions the extractor did not find are
 * counted apart (coverage), not in the status and figure scores.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config.ts';
import { loadManifest } from '../documents/manifest.ts';
import { readSource } from '../documents/read.ts';
import { extractPlan } from '../extract/index.ts';
import { loadResources, type PipelineResources } from '../ingest/resources.ts';
import { preparePlan } from '../ingest/prepare.ts';
import type { ResolvedMention } from '../model/graph.ts';
import { FIGURE_MEASURES, STAGES, type Stage } from '../model/status.ts';
import { resolvePlan } from '../resolve/index.ts';
import { formKey, GOLD_SETS, type GoldSet } from './gold.ts';
import { ANNOTATIONS_DIR, documentPath } from './run.ts';

export const STATUS_ANNOTATIONS_DIR = path.join(ANNOTATIONS_DIR, 'status');

const GoldFigureSchema = z.object({
  measure: z.enum(FIGURE_MEASURES),
  value: z.number(),
  unit: z.string().min(1),
  text: z.string().optional(),
});

const GoldStatusMentionSchema = z.object({
  surface: z.string().min(1),
  passage: z.string().min(1),
  status: z.enum([...STAGES, 'none']),
  cue: z.string().nullable().optional(),
  figures: z.array(GoldFigureSchema).default([]),
});

/** One annotated document (tests/fixtures/annotations/status/GUIDELINES.md). */
export const StatusGoldDocumentSchema = z.object({
  document: z.string().min(1),
  annotator: z.string().min(1),
  annotatedBeforeRules: z.boolean(),
  mentions: z.array(GoldStatusMentionSchema),
});

export type StatusGoldDocument = z.infer<typeof StatusGoldDocumentSchema>;
export type GoldStatusMention = z.infer<typeof GoldStatusMentionSchema>;
export type GoldStage = GoldStatusMention['status'];

/** What the scorer needs of an extracted mention. */
export type ExtractedMention = Pick<ResolvedMention, 'entityId' | 'sectionOrdinal' | 'start' | 'end' | 'surface' | 'status' | 'figures'>;

/** One document as the pipeline read it: its sections' texts, by ordinal, and its mentions. */
export interface ExtractedDocument {
  sections: readonly string[];
  mentions: readonly ExtractedMention[];
}

export interface StatusScoredDocument {
  document: string;
  gold: StatusGoldDocument;
  extracted: ExtractedDocument;
}

export interface Tally {
  right: number;
  predicted: number;
  annotated: number;
  precision: number | null;
  recall: number | null;
}

export interface StatusSetScore {
  documents: number;
  /** Annotated mentions, and those the extractor found (the rest are not scored). */
  annotated: number;
  found: number;
  notFound: Array<{ document: string; surface: string; passage: string }>;
  /** Over the four stages: a predicted stage is right when it is the annotated one. */
  status: Tally;
  byStage: Record<Stage, Tally>;
  /** Annotated `none` and predicted none, of those found. */
  noneAgreed: { agreed: number; annotated: number };
  /** Figures by value and unit; `measureAgrees`: of the right ones, those of the same measure. */
  figures: Tally & { measureAgrees: number };
  /** Stage disagreements, for `npm run eval -- --list`. */
  disagreements: Array<{ document: string; surface: string; gold: GoldStage; predicted: GoldStage; cue: string | null }>;
  /** Documents whose annotation says it was made after the rules ran. */
  annotatedAfterRules: string[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const tally = (right: number, predicted: number, annotated: number): Tally => ({ right, predicted, annotated, precision: ratio(right, predicted), recall: ratio(right, annotated) });

/** The text without whitespace, and where each of its characters was. */
function squeezed(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) continue;
    out += ch;
    at.push(i);
  }
  return { text: out, at };
}

/** Spans of the section text (original offsets) where the passage occurs, whitespace aside. */
function passageSpans(sectionText: string, passage: string): Array<{ start: number; end: number }> {
  const section = squeezed(sectionText);
  const wanted = passage.replace(/\s+/g, '');
  const spans: Array<{ start: number; end: number }> = [];
  if (wanted.length === 0) return spans;
  for (let i = section.text.indexOf(wanted); i >= 0; i = section.text.indexOf(wanted, i + 1)) {
    spans.push({ start: section.at[i]!, end: section.at[i + wanted.length - 1]! + 1 });
  }
  return spans;
}

/** Projects first where one surface was read as several names (a project and a region of the same span). */
const TYPE_ORDER = ['project', 'park', 'enterprise'];
const typeRank = (m: ExtractedMention): number => {
  const rank = TYPE_ORDER.indexOf(m.entityId.slice(0, m.entityId.indexOf(':')));
  return rank < 0 ? TYPE_ORDER.length : rank;
};

/**
 * The extracted mention an annotation is about: its surface, in a section that holds its passage,
 * inside an occurrence of the passage if one is, else the first in such a section.
 */
export function matchMention(extracted: ExtractedDocument, gold: GoldStatusMention): ExtractedMention | undefined {
  const surface = formKey(gold.surface);
  const candidates = extracted.mentions.filter((m) => formKey(m.surface) === surface);
  const inSection: ExtractedMention[] = [];
  const inPassage: ExtractedMention[] = [];
  for (const m of candidates) {
    const spans = passageSpans(extracted.sections[m.sectionOrdinal] ?? '', gold.passage);
    if (spans.length === 0) continue;
    inSection.push(m);
    if (spans.some((s) => m.start >= s.start && m.end <= s.end)) inPassage.push(m);
  }
  const pool = inPassage.length > 0 ? inPassage : inSection;
  return [...pool].sort((a, b) => typeRank(a) - typeRank(b) || a.sectionOrdinal - b.sectionOrdinal || a.start - b.start)[0];
}

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Figures matched by value and unit, each annotated figure at most once. */
function matchFigures(gold: readonly GoldStatusMention['figures'][number][], predicted: NonNullable<ExtractedMention['figures']>): { right: number; sameMeasure: number } {
  const used = new Set<number>();
  let right = 0;
  let sameMeasure = 0;
  for (const figure of predicted) {
    const index = gold.findIndex((g, i) => !used.has(i) && g.unit === figure.unit && sameValue(g.value, figure.value));
    if (index < 0) continue;
    used.add(index);
    right += 1;
    if (gold[index]!.measure === figure.measure) sameMeasure += 1;
  }
  return { right, sameMeasure };
}

interface Counts {
  annotated: number;
  found: number;
  stageRight: Record<Stage, number>;
  stagePredicted: Record<Stage, number>;
  stageAnnotated: Record<Stage, number>;
  noneAgreed: number;
  noneAnnotated: number;
  figuresRight: number;
  figuresPredicted: number;
  figuresAnnotated: number;
  measureAgrees: number;
}

const perStage = (): Record<Stage, number> => ({ planned: 0, started: 0, underway: 0, completed: 0 });

function emptyCounts(): Counts {
  return {
    annotated: 0,
    found: 0,
    stageRight: perStage(),
    stagePredicted: perStage(),
    stageAnnotated: perStage(),
    noneAgreed: 0,
    noneAnnotated: 0,
    figuresRight: 0,
    figuresPredicted: 0,
    figuresAnnotated: 0,
    measureAgrees: 0,
  };
}

/** Counts one found mention against its annotation. */
function countMention(counts: Counts, gold: GoldStatusMention, found: ExtractedMention): void {
  const predicted = found.status?.stage;
  if (predicted) counts.stagePredicted[predicted] += 1;
  if (gold.status === 'none') {
    counts.noneAnnotated += 1;
    if (!predicted) counts.noneAgreed += 1;
  } else {
    counts.stageAnnotated[gold.status] += 1;
    if (predicted === gold.status) counts.stageRight[gold.status] += 1;
  }
  const figures = found.figures ?? [];
  const matched = matchFigures(gold.figures, figures);
  counts.figuresRight += matched.right;
  counts.measureAgrees += matched.sameMeasure;
  counts.figuresPredicted += figures.length;
  counts.figuresAnnotated += gold.figures.length;
}

const sum = (record: Record<Stage, number>): number => STAGES.reduce((n, s) => n + record[s], 0);

/** Scores the status and figures of one set of documents. */
export function scoreStatus(documents: readonly StatusScoredDocument[]): StatusSetScore {
  const counts = emptyCounts();
  const notFound: StatusSetScore['notFound'] = [];
  const disagreements: StatusSetScore['disagreements'] = [];
  for (const doc of documents) {
    for (const gold of doc.gold.mentions) {
      counts.annotated += 1;
      const found = matchMention(doc.extracted, gold);
      if (!found) {
        notFound.push({ document: doc.document, surface: gold.surface, passage: gold.passage });
        continue;
      }
      counts.found += 1;
      countMention(counts, gold, found);
      const predicted = found.status?.stage ?? 'none';
      if (predicted !== gold.status) disagreements.push({ document: doc.document, surface: gold.surface, gold: gold.status, predicted, cue: found.status?.cue ?? null });
    }
  }
  const byStage = Object.fromEntries(STAGES.map((s) => [s, tally(counts.stageRight[s], counts.stagePredicted[s], counts.stageAnnotated[s])])) as Record<Stage, Tally>;
  return {
    documents: documents.length,
    annotated: counts.annotated,
    found: counts.found,
    notFound,
    status: tally(sum(counts.stageRight), sum(counts.stagePredicted), sum(counts.stageAnnotated)),
    byStage,
    noneAgreed: { agreed: counts.noneAgreed, annotated: counts.noneAnnotated },
    figures: { ...tally(counts.figuresRight, counts.figuresPredicted, counts.figuresAnnotated), measureAgrees: counts.measureAgrees },
    disagreements,
    annotatedAfterRules: documents.filter((d) => !d.gold.annotatedBeforeRules).map((d) => d.document),
  };
}

/** The annotated documents of one set (none when its folder is missing or empty). */
export async function readStatusGold(set: GoldSet, dir: string = STATUS_ANNOTATIONS_DIR): Promise<StatusGoldDocument[]> {
  const folder = path.join(dir, set);
  if (!existsSync(folder)) return [];
  const files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = StatusGoldDocumentSchema.safeParse(JSON.parse(await readFile(path.join(folder, file), 'utf8')));
      if (!parsed.success) throw new Error(`${path.relative(PROJECT_ROOT, path.join(folder, file))}: not a valid status annotation file: ${parsed.error.message}`);
      return parsed.data;
    }),
  );
}

export interface StatusSetRun {
  set: GoldSet;
  score: StatusSetScore;
  /** Documents named by annotations that could not be read (../shared missing, say). */
  missing: string[];
}

/** Reads, extracts, resolves and scores every annotated document of a set. */
export async function evaluateStatusSet(set: GoldSet, dir: string = STATUS_ANNOTATIONS_DIR, resources: PipelineResources = loadResources()): Promise<StatusSetRun> {
  const gold = await readStatusGold(set, dir);
  const manifest = set === 'corpus' && gold.length > 0 ? await loadManifest(path.join(PROJECT_ROOT, 'data', 'plans')) : undefined;
  const scored: StatusScoredDocument[] = [];
  const missing: string[] = [];
  for (const doc of gold) {
    const file = documentPath(set, doc.document);
    if (!existsSync(file)) {
      missing.push(doc.document);
      continue;
    }
    const plan = preparePlan(await readSource(file), manifest?.plans[path.basename(file)]);
    const graph = resolvePlan(extractPlan(plan, resources), resources);
    scored.push({ document: doc.document, gold: doc, extracted: { sections: plan.sections.map((s) => s.text), mentions: graph.mentions } });
  }
  return { set, score: scoreStatus(scored), missing };
}

/** Both sets, reading the resources once. */
export async function evaluateStatusAll(dir: string = STATUS_ANNOTATIONS_DIR, resources?: PipelineResources): Promise<StatusSetRun[]> {
  const loaded = resources ?? loadResources();
  const runs: StatusSetRun[] = [];
  for (const set of GOLD_SETS) runs.push(await evaluateStatusSet(set, dir, loaded));
  return runs;
}

const pct = (value: number | null): string => (value === null ? '   –' : value.toFixed(2).padStart(4));
const cell = (t: Tally): string => `${pct(t.precision)} (${String(t.right).padStart(4)}/${String(t.predicted).padEnd(4)}) ${pct(t.recall)} (${String(t.right).padStart(4)}/${String(t.annotated).padEnd(4)})`;

/** The table `npm run eval` prints for the status and figures of one set. */
export function formatStatusSet(title: string, score: StatusSetScore): string {
  const lines = [`${title} (${score.documents} documents, ${score.annotated} annotated mentions)`];
  lines.push(`  found by the extractor: ${score.found} of ${score.annotated} (coverage ${pct(ratio(score.found, score.annotated))}); not found, not scored: ${score.notFound.length}`);
  lines.push('  status      precision              recall');
  lines.push(`  all stages  ${cell(score.status)}`);
  for (const stage of STAGES) lines.push(`  ${stage.padEnd(11)} ${cell(score.byStage[stage])}`);
  lines.push(`  none        annotated ${score.noneAgreed.annotated}, read as none ${score.noneAgreed.agreed}`);
  lines.push(`  figures     ${cell(score.figures)}  value + unit exact; same measure ${score.figures.measureAgrees} of ${score.figures.right}`);
  if (score.annotatedAfterRules.length > 0) lines.push(`  annotated after the rules ran: ${score.annotatedAfterRules.join(', ')}`);
  return lines.join('\n');
}
