import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceEntity } from '../../src/api/trace.ts';
import type { Database } from '../../src/db/database.ts';
import { loadManifest } from '../../src/documents/manifest.ts';
import { readSource } from '../../src/documents/read.ts';
import { buildPlan, type PlanBuild } from '../../src/ingest/pipeline.ts';
import { loadResources } from '../../src/ingest/resources.ts';
import { closePrinter, planHtml, printPdf } from '../support/print-pdf.ts';
import { CORPUS_DIR, ingestInto } from './corpus.ts';
import { clearDatabase, testDatabase } from './helpers.ts';

/**
 * A default document as an analyst would download it: its text printed to an A4 PDF by
 * Chromium, with the title as a running header and page numbers in the footer, then ingested
 * beside the same text as .txt. The PDF must give the same entities and the same traces, and
 * every mention must carry the page Chromium put it on — checked against poppler's pdftotext,
 * a reader that shares no code with ours.
 */
const FILE = 'xiaoyi-13th-five-year-plan-2016-2020.txt';
const PDF_ID = 'xiaoyi-13th-fyp-pdf';

let dir: string;
let db: Database;
let pdfPath: string;
let txt: PlanBuild;
let pdf: PlanBuild;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-pdf-'));
  const entry = (await loadManifest(CORPUS_DIR)).plans[FILE];
  if (!entry) throw new Error(`${FILE} has no manifest entry`);
  const resources = loadResources();
  txt = buildPlan(await readSource(path.join(CORPUS_DIR, FILE)), resources, entry);
  pdfPath = path.join(dir, FILE.replace(/\.txt$/, '.pdf'));
  await writeFile(pdfPath, await printPdf(planHtml(txt.plan.normalized.text.split('\n')), { title: entry.title ?? FILE, timeoutMs: 240_000 }));
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ version: 1, plans: { [path.basename(pdfPath)]: { ...entry, id: PDF_ID } } }));
  pdf = buildPlan(await readSource(pdfPath), resources, { ...entry, id: PDF_ID });

  await clearDatabase();
  db = testDatabase();
  await db.applySchema();
  await ingestInto(db, [path.join(CORPUS_DIR, FILE), pdfPath]);
}, 300_000);

afterAll(async () => {
  await closePrinter();
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a default document printed to PDF', () => {
  it('is read as a PDF with its pages', () => {
    expect(pdf.plan.source.format).toBe('pdf');
    expect(pdf.plan.source.pageStarts?.length).toBeGreaterThan(20);
  });

  it('gives the same entities as its text', () => {
    expect(entityKeys(pdf)).toEqual(entityKeys(txt));
  });

  it('gives the same mentions per entity, so the same traces', () => {
    expect(mentionCounts(pdf)).toEqual(mentionCounts(txt));
  });

  it('traces an entity to both plans, the PDF passages with their pages and the text passages without', async () => {
    const entity = mostMentioned(pdf);
    const traces = await traceEntity(db, entity);
    const byPlan = new Map(traces.map((trace) => [trace.plan.id, trace]));
    const fromText = byPlan.get(txt.plan.meta.id);
    const fromPdf = byPlan.get(PDF_ID);
    expect(fromPdf?.plan.format).toBe('pdf');
    expect(fromPdf?.mentionCount).toBe(fromText?.mentionCount);
    expect(fromPdf?.mentions.map((m) => m.snippet)).toEqual(fromText?.mentions.map((m) => m.snippet));
    expect(fromText?.mentions.every((m) => m.page === null)).toBe(true);
    expect(fromPdf?.mentions.every((m) => typeof m.page === 'number' && m.page >= 1)).toBe(true);
    expect(fromPdf?.mentions[0]?.section?.pages).not.toBeNull();
  });

  it('puts every mention on the page where pdftotext finds it', () => {
    const pages = pdftotextPages(pdfPath, pdf.plan.source.pageStarts?.length ?? 0, pdf.plan.meta.title);
    const misplaced = pdf.graph.mentions.filter((mention) => {
      const page = pageOf(pdf.plan.source.pageStarts ?? [], mention.sourceStart);
      const here = pages[page - 1] ?? '';
      const surface = mention.surface.replace(/\s+/g, '');
      // A name broken by a page break starts on this page and ends on the next.
      return !here.includes(surface) && !startsAtEnd(here, surface);
    });
    expect(pdf.graph.mentions.length).toBeGreaterThan(1000);
    expect(misplaced.map((m) => m.surface)).toEqual([]);
  });
});

function entityKeys(build: PlanBuild): string[] {
  return build.graph.entities.map((entity) => `${entity.type} ${entity.name}`).sort();
}

function mentionCounts(build: PlanBuild): Record<string, number> {
  const names = new Map(build.graph.entities.map((entity) => [entity.id, `${entity.type} ${entity.name}`]));
  const counts: Record<string, number> = {};
  for (const mention of build.graph.mentions) {
    const key = names.get(mention.entityId) ?? mention.entityId;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function mostMentioned(build: PlanBuild): string {
  const counts = new Map<string, number>();
  for (const mention of build.graph.mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/**
 * Each page's body as pdftotext reads it: whitespace removed (CJK text has none of its own), and
 * the running title and the page-number footer the printer added cut off, so that a name broken
 * by a page break is seen to end its page.
 */
function pdftotextPages(file: string, count: number, title: string): string[] {
  const header = title.replace(/\s+/g, '');
  return Array.from({ length: count }, (_, k) => {
    const page = execFileSync('pdftotext', ['-f', String(k + 1), '-l', String(k + 1), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    return page.replace(new RegExp(`第${k + 1}页$`), '').replace(header, '');
  });
}

function pageOf(pageStarts: readonly number[], offset: number): number {
  return pageStarts.filter((start) => start <= offset).length;
}

function startsAtEnd(page: string, surface: string): boolean {
  for (let k = surface.length - 1; k > 0; k--) if (page.endsWith(surface.slice(0, k))) return true;
  return false;
}
