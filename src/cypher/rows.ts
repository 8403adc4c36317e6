import { z } from 'zod';
import { ENTITY_TYPES } from '../model/entity.ts';
import { STAGES } from '../model/status.ts';
import { PlanGraphError } from '../errors.ts';
import type { StatementName } from './catalogue.ts';
import { statementFile } from './catalogue-source.ts';

/** A row as the driver gives it, for statements no schema below describes (load, tests, bench). */
export type Row = Record<string, unknown>;

// The shapes the read statements return, one schema per column that holds a map. Map projections
// (`p {.id, .title}`) give null for a property a node lacks, hence the nullable fields; `.*`
// projections of entities carry type-specific properties (code, level, capacity …) through.

const plan = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  periodStart: z.number().nullable(),
  periodEnd: z.number().nullable(),
  issuedOn: z.string().nullable(),
  // Absent on plans loaded before these fields were written: the views default them.
  draft: z.boolean().nullable(),
  // Only work reports that name their speaker have these.
  speaker: z.string().nullable(),
  speakerOffice: z.string().nullable(),
  repetitionCopies: z.number().nullable(),
  sha256: z.string(),
  sourceFile: z.string(),
  // Plans loaded before formats and pages were written lack these: the views default them.
  format: z.string().nullable(),
  encoding: z.string(),
  pageCount: z.number().nullable(),
  version: z.string(),
  sectionCount: z.number(),
});

/** A section without its text (the trace leaves it out: a section is resolved by id when asked). */
const section = z.object({
  id: z.string(),
  planId: z.string(),
  ordinal: z.number(),
  kind: z.string(),
  title: z.string(),
  path: z.array(z.string()),
  depth: z.number(),
  sourceStart: z.number(),
  sourceEnd: z.number(),
  // Null for a source without pages (and for sections loaded before pages were written).
  pageFirst: z.number().nullable(),
  pageLast: z.number().nullable(),
});
const sectionWithText = section.extend({ text: z.string() });

const entity = z.looseObject({
  id: z.string(),
  type: z.enum(ENTITY_TYPES),
  name: z.string(),
  aliases: z.array(z.string()).nullish(),
  mentionCount: z.number().nullish(),
  // Only search asks for it (to rank by pinyin); the other statements null it out.
  pinyin: z.string().nullish(),
  // A region's place in the hierarchy and its names before a change (gazetteer regions only).
  parentCode: z.string().nullish(),
  formerNames: z.array(z.string()).nullish(),
});

const evidence = z.object({
  planId: z.string(),
  sectionId: z.string(),
  start: z.number(),
  end: z.number(),
  sourceStart: z.number(),
  sourceEnd: z.number(),
  ruleId: z.string(),
});

const mention = z.object({
  start: z.number(),
  end: z.number(),
  sourceStart: z.number(),
  sourceEnd: z.number(),
  surface: z.string(),
  ruleId: z.string(),
  nestedIn: z.string().nullable(),
  page: z.number().nullable(),
  // What the passage says of a project's stage and figures (figures as JSON, parsed by src/api/rows.ts).
  stage: z.enum(STAGES).nullable(),
  stageCue: z.string().nullable(),
  stageRule: z.string().nullable(),
  figures: z.string().nullable(),
});

/** A mention with the window of section text its snippet is cut from. */
const mentionInWindow = z.object({ mention, entityId: z.string(), window: z.string(), windowStart: z.number() });

const pathEdge = z.object({ type: z.string(), source: z.string(), target: z.string(), evidence: z.array(evidence) });
const pathEntity = z.object({ id: z.string(), name: z.string(), type: z.enum(ENTITY_TYPES), mentionCount: z.number().nullable() });
const pathSection = z.object({ id: z.string(), planId: z.string(), title: z.string(), type: z.literal('SECTION') });

// Accounts and tokens (src/auth): roles as stored, checked where they are used.
const role = z.enum(['reader', 'curator', 'admin']);
const tokenListed = z.object({
  id: z.string(),
  role: role.nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

const ROW_SCHEMAS = {
  'health/ping': z.object({ name: z.string(), version: z.string(), edition: z.string() }),
  'api/graph-version': z.object({ epoch: z.string(), changes: z.number() }),
  'api/status': z.object({ kind: z.enum(['label', 'relationship']), name: z.string(), count: z.number() }),
  'api/status-plans': z.object({
    id: z.string(),
    title: z.string().nullable(),
    status: z.string().nullable(),
    version: z.string().nullable(),
    sections: z.number().nullable(),
    loadedAt: z.string().nullable(),
    sourceFile: z.string().nullable(),
  }),
  'api/plans': z.object({ plan }),
  'api/plans-by-id': z.object({ plan }),
  'api/entity-plans': z.object({ entityId: z.string(), planCount: z.number(), plans: z.array(plan) }),
  'api/plan-sections': z.object({ planId: z.string(), section: sectionWithText }),
  'api/sections-by-id': z.object({ section: sectionWithText }),
  'api/section-mentions': mentionInWindow.extend({ sectionId: z.string() }),
  'api/trace': z.object({ plan, mentionCount: z.number(), mentions: z.array(mentionInWindow.extend({ section })) }),
  'api/entity-by-name': z.object({ id: z.string(), name: z.string(), type: z.enum(ENTITY_TYPES), mentionCount: z.number().nullable() }),
  'api/entities-by-id': z.object({ entity }),
  'api/entities-page': z.object({ total: z.number(), page: z.array(entity) }),
  'api/region-children': z.object({ regionId: z.string(), child: entity }),
  'api/relations': z.object({ entityId: z.string(), type: z.string(), direction: z.enum(['IN', 'OUT']), other: entity, evidence: z.array(evidence) }),
  'api/search': z.object({ entity, score: z.number() }),
  'api/graph-nodes': z.object({ id: z.string(), label: z.string(), type: z.string(), mentionCount: z.number() }),
  'api/neighbors': z.object({
    from: z.string(),
    to: z.string(),
    label: z.string(),
    type: z.string(),
    mentionCount: z.number().nullable(),
    relation: z.string(),
    outgoing: z.boolean(),
    weight: z.number(),
    evidence: z.array(evidence),
  }),
  'api/timeline': z.object({
    plan,
    mentionCount: z.number(),
    stage: z.enum(STAGES).nullable(),
    stageCue: z.string().nullable(),
    figures: z.string().nullable(),
    passage: mentionInWindow.extend({ section }),
  }),
  'api/compare-plans': z.object({
    side: z.enum(['onlyA', 'onlyB', 'both']),
    total: z.number(),
    page: z.array(z.object({ entity, stageA: z.enum(STAGES).nullable(), stageB: z.enum(STAGES).nullable() })),
  }),
  'api/path-typed': z.object({ nodes: z.array(pathEntity), edges: z.array(pathEdge) }),
  'api/path-any': z.object({ nodes: z.array(z.union([pathSection, pathEntity])), edges: z.array(pathEdge) }),
  'auth/account-by-name': z.object({ name: z.string(), role }),
  'auth/account-create': z.object({ name: z.string(), role }),
  'auth/accounts': z.object({ name: z.string(), role, createdAt: z.string(), tokens: z.array(tokenListed) }),
  'auth/account-remove': z.object({ tokens: z.number() }),
  'auth/token-create': z.object({ id: z.string(), expiresAt: z.string().nullable() }),
  'auth/token-revoke': z.object({ id: z.string(), account: z.string(), revokedAt: z.string() }),
  'auth/token-by-id': z.object({
    id: z.string(),
    hash: z.string(),
    salt: z.string(),
    tokenRole: role.nullable(),
    account: z.string(),
    accountRole: role.nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  }),
} satisfies Partial<Record<StatementName, z.ZodType>>;

/** The row of each statement that has a schema: what `Database.read(name)` resolves to. */
export type StatementRows = { [N in keyof typeof ROW_SCHEMAS]: z.infer<(typeof ROW_SCHEMAS)[N]> };
export type TypedStatement = keyof StatementRows;
export type RowOf<N extends string> = N extends TypedStatement ? StatementRows[N] : Row;

export type PlanFields = z.infer<typeof plan>;
export type SectionFields = z.infer<typeof section>;
export type SectionWithTextFields = z.infer<typeof sectionWithText>;
export type EntityFields = z.infer<typeof entity>;
export type EvidenceFields = z.infer<typeof evidence>;
export type MentionInWindow = z.infer<typeof mentionInWindow>;

function hasSchema(name: string): name is TypedStatement {
  return Object.hasOwn(ROW_SCHEMAS, name);
}

/**
 * The typed boundary: rows of a statement with a schema are checked against it, so that a
 * column renamed in a .cypher file fails here, naming the file and the field, instead of
 * reaching a client as `undefined`. Other statements' rows pass as they come. The casts say
 * what the check (or, for untyped statements, RowOf's fallback) established; TypeScript cannot
 * follow a generic name through the lookup.
 */
export function parseRows<N extends string>(name: N, rows: readonly Row[]): RowOf<N>[] {
  if (!hasSchema(name)) return [...rows] as RowOf<N>[];
  const schema: z.ZodType = ROW_SCHEMAS[name];
  return rows.map((row) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data as RowOf<N>;
    const [issue] = parsed.error.issues;
    const where = issue ? `${issue.path.join('.') || 'row'}: ${issue.message}` : parsed.error.message;
    throw new PlanGraphError('DB_ERROR', `${statementFile(name)} returned a row of an unexpected shape (${where})`, { subject: name });
  });
}
