import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateAll, SHARED_DIR, type SetRun } from '../../../src/eval/run.ts';
import type { EntityType } from '../../../src/model/entity.ts';

type Floors = Record<EntityType, { precision: number; recall: number }> & { traceExact: number };

/**
 * The extraction quality reached on the hand annotations (tests/fixtures/annotations), set at the
 * figures measured when the floors were last raised (2026-11-29, second session), less 0.01: a
 * change that drops any type below its floor fails here. Raise a floor when the rules improve; never lower one to make a
 * change pass (the one exception, a trade measured on fresh documents, is written where it is).
 * The development documents are the honest figure: no rule was written from the held-out ones.
 */
const FLOORS: Record<'corpus' | 'heldOut', Floors> = {
  corpus: {
    REGION: { precision: 0.93, recall: 0.78 },
    ZONE: { precision: 0.94, recall: 0.47 },
    PARK: { precision: 0.89, recall: 0.72 },
    ENTERPRISE: { precision: 0.97, recall: 0.52 },
    PROJECT: { precision: 0.75, recall: 0.65 },
    POLICY: { precision: 0.71, recall: 0.52 },
    traceExact: 0.62,
  },
  heldOut: {
    REGION: { precision: 0.94, recall: 0.80 },
    ZONE: { precision: 0.91, recall: 0.49 },
    PARK: { precision: 0.83, recall: 0.52 },
    // ENTERPRISE recall 0.22 and PARK recall 0.52 (were 0.23 and 0.53): a deliberate trade, the
    // only floors ever lowered. Rules of 2026-11-29 against generic categories and clauses (from
    // the judged national sample, seed 29) cost two held-out entities of each type; a fresh
    // national draw (seed 30) judged by hand after them put ENTERPRISE precision at 0.82 (0.71
    // before) and PARK at 0.77 (0.68).
    ENTERPRISE: { precision: 0.73, recall: 0.22 },
    PROJECT: { precision: 0.65, recall: 0.51 },
    POLICY: { precision: 0.69, recall: 0.48 },
    traceExact: 0.46,
  },
};

function check(label: string, score: NonNullable<SetRun['split']>['heldOut'], floors: Floors): void {
  for (const t of score.types) {
    expect(t.precision ?? 0, `${label} ${t.type} precision`).toBeGreaterThanOrEqual(floors[t.type].precision);
    expect(t.recall ?? 0, `${label} ${t.type} recall`).toBeGreaterThanOrEqual(floors[t.type].recall);
  }
  expect(score.traceExact ?? 0, `${label} trace exact`).toBeGreaterThanOrEqual(floors.traceExact);
}

describe('extraction quality on the hand annotations', () => {
  it('needs ../shared/corpus-dev beside the checkout (CI has it)', () => {
    expect(existsSync(path.join(SHARED_DIR, 'corpus-dev')), `${SHARED_DIR}/corpus-dev`).toBe(true);
  });

  it('keeps every type at or above its floor, on the default corpus and on the held-out development documents', { timeout: 180_000 }, async () => {
    const [corpus, dev] = await evaluateAll();
    expect(corpus?.missing).toEqual([]);
    expect(dev?.missing).toEqual([]);
    expect(corpus!.score.documents).toBe(5);
    expect(dev!.score.documents).toBeGreaterThanOrEqual(12);
    check('default corpus', corpus!.score, FLOORS.corpus);
    check('held-out development documents', dev!.split!.heldOut, FLOORS.heldOut);
  });
});
