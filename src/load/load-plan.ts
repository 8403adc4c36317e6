import type { Database } from '../db/database.ts';
import { sourceKey } from '../model/ids.ts';
import { batches } from './batches.ts';
import type { PlanRows, ReferenceRow } from './rows.ts';

export type LoadOutcome = 'loaded' | 'replaced' | 'unchanged';

export interface LoadProgress {
  (event: { planId: string; stage: 'sections' | 'entities' | 'townships' | 'mentions' | 'references' | 'relations'; done: number; total: number }): void;
}

export interface LoadOptions {
  batchSize: number;
  /** Load even when the database already holds this exact version. */
  force?: boolean;
  onProgress?: LoadProgress;
  /** Called between batches; a test kills the process here to prove recovery. */
  afterBatch?: () => Promise<void> | void;
}

/**
 * Writes one plan so that readers never see half of it: the new version's rows are written in
 * batches beside the visible version, then one transaction makes it visible and discards the
 * old one. A crash in between leaves a plan marked `loading`, which `recoverUnfinished` undoes.
 */
export async function loadPlan(db: Database, rows: PlanRows, options: LoadOptions): Promise<LoadOutcome> {
  const { plan } = rows;
  const [state] = await db.read('load/plan-state', { id: plan.id });
  if (!options.force && state?.status === 'complete' && state.sha256 === plan.sha256 && state.pipeline === plan.pipeline) {
    // The same bytes under another name: remembered, so that the next ingest skips the copy unbuilt.
    if (state.sourceFile !== plan.sourceFile) await db.write('load/plan-other-source', { id: plan.id, key: sourceKey(plan.sha256, plan.sourceFile) });
    return 'unchanged';
  }

  await db.write('load/plan-begin', { plan: { id: plan.id, version: plan.version, title: plan.title } });
  // A forced reload of the visible version is written as a fresh copy and swapped in the same way.
  if (state?.version === plan.version) await discard(db, plan.id, plan.version);

  const stages = [
    ['sections', 'load/sections', rows.sections],
    ['entities', 'load/entities', rows.entities],
    ['townships', 'load/region-hierarchy', rows.townships],
    ['mentions', 'load/mentions', rows.mentions],
    ['references', 'load/references', rows.references],
    ['relations', 'load/relations', rows.relations],
  ] as const;
  for (const [stage, statement, stageRows] of stages) {
    let done = 0;
    for (const batch of batches<unknown>(stageRows, options.batchSize)) {
      await db.write(statement, { rows: batch });
      done += batch.length;
      options.onProgress?.({ planId: plan.id, stage, done, total: stageRows.length });
      await options.afterBatch?.();
    }
  }

  const previous = typeof state?.version === 'string' && state.version !== plan.version ? state.version : null;
  await db.writeTransaction(async (run) => {
    if (previous) {
      // A version went away: its entities are summed again over the plans that remain.
      const touched = new Set(rows.entities.map((entity) => entity.id));
      const [discarded] = await run('load/plan-discard-version', { id: plan.id, version: previous });
      for (const id of (discarded?.touched as string[] | undefined) ?? []) touched.add(id);
      await run('load/plan-commit', { plan });
      await run('load/refresh-entities', { ids: [...touched].sort() });
    } else {
      // Only added: each entity's tallies take this plan's summary, whatever its number of plans.
      await run('load/plan-commit', { plan });
      // Summed whole instead: entities without tallies yet, and any the plan writes but does not mention.
      const referenced = new Set(rows.references.map((reference) => reference.entityId));
      const whole = new Set(rows.entities.map((entity) => entity.id).filter((id) => !referenced.has(id)));
      for (const row of await run('load/entities-without-tallies', { ids: [...referenced].sort() })) whole.add(String(row.id));
      if (whole.size > 0) await run('load/refresh-entities', { ids: [...whole].sort() });
      await run('load/refresh-entities-added', { rows: rows.references.filter((reference) => !whole.has(reference.entityId)).map(tallyRow) });
    }
    await run('load/graph-version-bump');
  });
  return state?.version ? 'replaced' : 'loaded';
}

/** What a plan adds to an entity's tallies (cypher/load/refresh-entities-added.cypher). */
function tallyRow(reference: ReferenceRow) {
  const { entityId, mentionCount, surfaces, name, pinyin, kind } = reference;
  return { entityId, mentionCount, surfaces, name, pinyin, kind };
}

async function discard(db: Database, planId: string, version: string): Promise<void> {
  await db.writeTransaction(async (run) => {
    const [discarded] = await run('load/plan-discard-version', { id: planId, version });
    await run('load/refresh-entities', { ids: (discarded?.touched as string[] | undefined) ?? [] });
    await run('load/graph-version-bump');
  });
}

/** Removes a plan and every fact it contributed; entities no other plan mentions go too. */
export async function removePlan(db: Database, planId: string): Promise<boolean> {
  const [state] = await db.read('load/plan-state', { id: planId });
  if (!state) return false;
  for (const version of new Set([state.version, state.loadingVersion].filter((v): v is string => typeof v === 'string'))) {
    await discard(db, planId, version);
  }
  await db.writeTransaction(async (run) => {
    await run('load/plan-delete', { id: planId });
    await run('load/graph-version-bump');
  });
  return true;
}

/**
 * Rolls back loads that a crash or kill left unfinished: their rows are discarded, and the
 * plan shows its previous complete version, or disappears if it never had one. The next
 * ingest then loads the file again (roll forward).
 */
export async function recoverUnfinished(db: Database): Promise<string[]> {
  const unfinished = await db.read('load/loading-plans');
  for (const plan of unfinished) {
    const id = String(plan.id);
    if (typeof plan.loadingVersion === 'string' && plan.loadingVersion !== plan.version) await discard(db, id, plan.loadingVersion);
    if (typeof plan.version === 'string') await db.write('load/plan-abandon', { id });
    else await db.write('load/plan-delete', { id });
  }
  return unfinished.map((plan) => String(plan.id));
}
