import type { CurationChange, CurationRecord } from '../../../src/model/curation.ts';

/** Records in the order given, with made-up ids (`cur:` and a uuid built from the position). */
export function records(...changes: CurationChange[]): CurationRecord[] {
  return changes.map((change, seq) => ({ id: curationId(seq), seq, author: 'alice', at: '2026-11-29T12:00:00.000Z', reason: 'test', change }));
}

export function curationId(seq: number): string {
  return `cur:00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
}
