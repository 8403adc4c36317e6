import { PassThrough } from 'node:stream';
import { encodeCursor } from '../../../src/api/cursor.ts';
import { entitiesNamed, entitiesPage } from '../../../src/api/entities.ts';
import { evidenceSnippet } from '../../../src/api/evidence.ts';
import { neighborhood, shortestPath } from '../../../src/api/graph.ts';
import { createLoaders } from '../../../src/api/loaders.ts';
import { listPlans } from '../../../src/api/plans.ts';
import { searchEntities } from '../../../src/api/search.ts';
import { graphCounts, planStatuses } from '../../../src/api/status.ts';
import { comparePlans } from '../../../src/api/compare.ts';
import { timeline } from '../../../src/api/timeline.ts';
import { traceEntity } from '../../../src/api/trace.ts';
import { printComparison } from '../../../src/cli/compare.ts';
import { printTimeline } from '../../../src/cli/timeline.ts';
import { printStatus } from '../../../src/cli/status.ts';
import { printTrace } from '../../../src/cli/trace.ts';
import type { StatementReader } from '../../../src/db/database.ts';

/**
 * Calls of src/api (and of the CLI commands built on it) whose statements the snapshot tests
 * record. tests/integration/api-rows.capture.test.ts runs the same calls on the loaded corpus
 * to capture the rows they are answered with (fixtures/<name>.json).
 */
export interface ApiCall {
  name: string;
  run(db: StatementReader): Promise<unknown>;
}

const ZONE_108 = 'zone:108廊带';
const JINZHONG = 'region:140700';

async function printed(print: (out: NodeJS.WritableStream) => Promise<void>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await print(out);
  return Buffer.concat(chunks).toString('utf8');
}

export const API_CALLS: ApiCall[] = [
  { name: 'plans', run: (db) => listPlans(db) },
  { name: 'status', run: async (db) => ({ plans: await planStatuses(db), counts: await graphCounts(db) }) },
  { name: 'entities-named', run: (db) => entitiesNamed(db, '108廊带') },
  { name: 'search-chinese', run: (db) => searchEntities(db, ' 108廊带 ', ['ZONE'], 5) },
  { name: 'search-pinyin', run: (db) => searchEntities(db, 'jzjj', null, 3) },
  { name: 'entities-page', run: (db) => entitiesPage(db, { types: ['PARK'], regionId: JINZHONG, planId: null }, 3, encodeCursor(2)) },
  { name: 'trace', run: (db) => traceEntity(db, ZONE_108, { first: 2, mentionsPerPlan: 2 }) },
  { name: 'neighborhood', run: (db) => neighborhood(db, [ZONE_108], { depth: 2, types: null, limit: 10 }) },
  { name: 'path-typed', run: (db) => shortestPath(db, 'region:140702', 'region:140781', 6) },
  // Policies state no relationships: the 2017 report names these two in one passage.
  { name: 'path-any', run: (db) => shortestPath(db, 'policy:国字号改革试点', ZONE_108, 4) },
  {
    name: 'plan-loaders',
    run: async (db) => {
      const loaders = createLoaders(db);
      const plan = await loaders.plan.load('jinzhong-work-report-2017');
      const sections = await loaders.sectionsOfPlan.load('jinzhong-work-report-2017');
      const sectionId = sections.at(-1)?.id ?? '';
      const section = await loaders.section.load(sectionId);
      const mentions = await loaders.mentionsOfSection.load(sectionId);
      return { plan, sections, section, mentions };
    },
  },
  {
    name: 'entity-loaders',
    run: async (db) => {
      const loaders = createLoaders(db);
      const entity = await loaders.entity.load(ZONE_108);
      const plans = await loaders.plansOfEntity.load(ZONE_108);
      const relations = await loaders.relationsOfEntity.load(ZONE_108);
      const children = await loaders.childrenOfRegion.load(JINZHONG);
      const evidence = relations.flatMap((relation) => relation.evidence)[0];
      const snippet = evidence ? await evidenceSnippet(loaders, evidence) : null;
      return { entity, plans, relations, children, snippet };
    },
  },
  { name: 'timeline', run: (db) => timeline(db, 'project:中部引黄', { first: 3 }) },
  { name: 'compare-plans', run: (db) => comparePlans(db, 'jinzhong-13th-fyp', 'jinzhong-work-report-2017', { types: ['PROJECT'], regionId: null }, 3) },
  { name: 'cli-timeline', run: (db) => printed((out) => printTimeline(db, '中部引黄', out)) },
  { name: 'cli-compare', run: (db) => printed((out) => printComparison(db, 'jinzhong-13th-fyp', 'jinzhong-work-report-2017', { types: ['PROJECT'], limit: 3 }, out)) },
  { name: 'cli-trace', run: (db) => printed((out) => printTrace(db, '108廊带', { perPlan: 1 }, out)) },
  { name: 'cli-status', run: (db) => printed((out) => printStatus(db, out)) },
];
