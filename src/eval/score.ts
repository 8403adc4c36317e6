import { ENTITY_TYPES, type EntityType } from '../model/entity.ts';
import { formKey, type GoldDocument, type GoldEntity } from './gold.ts';

/** An entity the pipeline found in one document, with the forms it was read by inside the scope. */
export interface FoundEntity {
  id: string;
  type: EntityType;
  name: string;
  forms: readonly string[];
}

export interface ScoredDocument {
  document: string;
  gold: GoldDocument;
  found: readonly FoundEntity[];
}

export interface TypeScore {
  type: EntityType;
  /** Found entities of this type that match an annotated one. */
  right: number;
  found: number;
  /** Annotated entities of this type that a found entity matches. */
  recalled: number;
  annotated: number;
  precision: number | null;
  recall: number | null;
}

export interface TraceScore {
  type: EntityType;
  name: string;
  expected: string[];
  traced: string[];
  exact: boolean;
}

export interface SetScore {
  documents: number;
  types: TypeScore[];
  /** Entities annotated in two or more documents, and whether the trace finds exactly those. */
  traces: TraceScore[];
  traceExact: number | null;
  /** Of the documents each multi-document entity is in, the share its trace finds. */
  tracePlansFound: number | null;
  misses: Array<{ document: string; type: EntityType; name: string; forms: readonly string[] }>;
  wrong: Array<{ document: string; type: EntityType; name: string; forms: readonly string[] }>;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

const typesOf = (gold: GoldEntity): EntityType[] => [gold.type, ...(gold.altTypes ?? [])];

/** A found entity is the annotated one when a type fits and they share a form (or the name). */
export function sameEntity(gold: GoldEntity, found: FoundEntity): boolean {
  if (!typesOf(gold).includes(found.type)) return false;
  const forms = new Set([gold.name, ...gold.forms].map(formKey));
  return [found.name, ...found.forms].some((form) => forms.has(formKey(form)));
}

/**
 * Scores one set of documents at the unit an analyst asks about, the entity per document:
 * precision and recall by type, and trace completeness across documents.
 */
export function scoreSet(documents: readonly ScoredDocument[]): SetScore {
  const tallies = new Map(ENTITY_TYPES.map((type) => [type, { right: 0, found: 0, recalled: 0, annotated: 0 }]));
  const misses: SetScore['misses'] = [];
  const wrong: SetScore['wrong'] = [];
  for (const doc of documents) {
    for (const found of doc.found) {
      const tally = tallies.get(found.type)!;
      tally.found += 1;
      if (doc.gold.entities.some((gold) => sameEntity(gold, found))) tally.right += 1;
      else wrong.push({ document: doc.document, type: found.type, name: found.name, forms: found.forms });
    }
    for (const gold of doc.gold.entities) {
      const tally = tallies.get(gold.type)!;
      tally.annotated += 1;
      if (doc.found.some((found) => sameEntity(gold, found))) tally.recalled += 1;
      else misses.push({ document: doc.document, type: gold.type, name: gold.name, forms: gold.forms });
    }
  }
  const types = ENTITY_TYPES.map((type) => {
    const t = tallies.get(type)!;
    return { type, ...t, precision: ratio(t.right, t.found), recall: ratio(t.recalled, t.annotated) };
  });
  const traces = traceScores(documents);
  const expectedTotal = traces.reduce((n, t) => n + t.expected.length, 0);
  const foundTotal = traces.reduce((n, t) => n + t.expected.filter((d) => t.traced.includes(d)).length, 0);
  return {
    documents: documents.length,
    types,
    traces,
    traceExact: ratio(traces.filter((t) => t.exact).length, traces.length),
    tracePlansFound: ratio(foundTotal, expectedTotal),
    misses,
    wrong,
  };
}

/**
 * Annotated entities of different documents are one when they have the same type and name, or
 * share a form of four or more characters (short forms such as 高新区 name different parks in
 * different cities). For each entity in two or more documents, the trace is the set of documents
 * where the found entity id that matches it in most of them is mentioned.
 */
function traceScores(documents: readonly ScoredDocument[]): TraceScore[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const entityNode = (doc: number, i: number): string => `e|${doc}|${i}`;
  documents.forEach((doc, d) =>
    doc.gold.entities.forEach((gold, i) => {
      const node = entityNode(d, i);
      union(node, `k|${gold.type}|${formKey(gold.name)}`);
      for (const form of gold.forms) if (formKey(form).length >= 4) union(node, `k|${gold.type}|${formKey(form)}`);
    }),
  );
  const clusters = new Map<string, Array<{ doc: number; gold: GoldEntity }>>();
  documents.forEach((doc, d) =>
    doc.gold.entities.forEach((gold, i) => {
      const root = find(entityNode(d, i));
      clusters.set(root, [...(clusters.get(root) ?? []), { doc: d, gold }]);
    }),
  );
  const idsByDoc = documents.map((doc) => new Set(doc.found.map((f) => f.id)));
  const scores: TraceScore[] = [];
  for (const members of clusters.values()) {
    const expectedDocs = [...new Set(members.map((m) => m.doc))].sort((a, b) => a - b);
    if (expectedDocs.length < 2) continue;
    const votes = new Map<string, Set<number>>();
    for (const { doc, gold } of members) {
      for (const found of documents[doc]!.found) if (sameEntity(gold, found)) votes.set(found.id, (votes.get(found.id) ?? new Set()).add(doc));
    }
    const best = [...votes].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const traced = best === undefined ? [] : idsByDoc.flatMap((ids, d) => (ids.has(best) ? [d] : []));
    const head = members[0]!.gold;
    const names = (ds: number[]): string[] => ds.map((d) => documents[d]!.document);
    scores.push({ type: head.type, name: head.name, expected: names(expectedDocs), traced: names(traced), exact: traced.join() === expectedDocs.join() });
  }
  return scores.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.name < b.name ? -1 : 1));
}

const pct = (value: number | null): string => (value === null ? '   –' : value.toFixed(2).padStart(4));

/** The table `npm run eval` prints for one set. */
export function formatSet(title: string, score: SetScore): string {
  const lines = [`${title} (${score.documents} documents)`, '  type        precision  recall   found  annotated'];
  for (const t of score.types) lines.push(`  ${t.type.padEnd(11)} ${pct(t.precision)} (${String(t.right).padStart(4)}/${String(t.found).padEnd(4)}) ${pct(t.recall)} (${String(t.recalled).padStart(4)}/${String(t.annotated).padEnd(4)})`);
  lines.push(`  trace exact ${pct(score.traceExact)} of ${score.traces.length} multi-document entities; plans found ${pct(score.tracePlansFound)}`);
  return lines.join('\n');
}
