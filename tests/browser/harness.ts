import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { createApp, UI_DIST } from '../../src/server/app.ts';
import { loadCorpus } from '../integration/corpus.ts';
import { testConfig, testDatabase } from '../integration/helpers.ts';

/**
 * What every browser test stands on: the real server on a free port over the test Neo4j with
 * the default corpus loaded, the built explorer, and one page of a real headless Chromium that
 * records every console error, page error, failed request and HTTP error it meets.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS = path.join(PROJECT_ROOT, 'test-results');

export interface Explorer {
  db: Database;
  server: Server;
  /** The explorer's address, ending in '/'. */
  base: string;
  browser: Browser;
  page: Page;
  /** What went wrong in the page so far; a test ends by expecting it empty. */
  problems: string[];
  /** A GraphQL query to the same server, failing the test on any error. */
  api<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function openExplorer(): Promise<Explorer> {
  if (!existsSync(path.join(UI_DIST, 'index.html'))) throw new Error('ui/dist is missing: run `npm run build:ui` (npm test does it first).');
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-microhei (or set CHROMIUM_PATH).`);
  const db = testDatabase();
  await loadCorpus(db);
  const server = createApp(testConfig(), db);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await mkdir(RESULTS, { recursive: true });
  return {
    db,
    server,
    base,
    browser,
    page,
    problems: watch(page),
    api: async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const response = await fetch(`${base}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data: T; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    },
    close: async () => {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/** Records what goes wrong in a page: console errors, page errors, failed requests, HTTP errors. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** The explorer has started and has no request in flight. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.ready === 'true' && document.body.dataset.pending === '0');
}

/** axe-core over the whole page: the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; targets: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: path.join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
