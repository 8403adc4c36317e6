import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printTrace } from '../../src/cli/trace.ts';
import type { Database } from '../../src/db/database.ts';
import { loadCorpus } from './corpus.ts';
import { testDatabase } from './helpers.ts';

async function traceText(db: Database, name: string, options: { perPlan?: number } = {}): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await printTrace(db, name, options, out);
  return Buffer.concat(chunks).toString('utf8');
}

describe('plangraph trace', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await loadCorpus(db);
  });
  afterAll(() => db.close());

  it('prints every passage of 108廊带 with the mention marked, or the first few of each plan with --per-plan', async () => {
    const whole = await traceText(db, '108廊带');
    const counts = [...whole.matchAll(/ — (\d+) mentions\n/g)].map((match) => Number(match[1]));
    const most = Math.max(...counts);
    expect(most).toBeGreaterThan(3);
    expect(whole.match(/【/g)?.length).toBe(counts.reduce((a, b) => a + b, 0));

    const short = await traceText(db, '108廊带', { perPlan: 2 });
    expect(short).toContain(` — ${most} mentions (the first 2 below)`);
    const passages = short.split('\n').filter((line) => line.includes('[source ')).length;
    expect(passages).toBe(counts.reduce((sum, count) => sum + Math.min(count, 2), 0));
  });

  it('names the entity it could not find', async () => {
    await expect(traceText(db, '不存在的地方')).rejects.toThrow('no entity is named "不存在的地方"');
  });
});
