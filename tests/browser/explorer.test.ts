import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neighbourIds } from '../../ui/src/graph/elements.ts';
import { expansionLimit, TRACE_PASSAGES_PER_PLAN } from '../../ui/src/limits.ts';
import type { Graph, PlanTrace } from '../../ui/src/types.ts';
import { openExplorer, RESULTS, seriousViolations, settled, watch, type Explorer } from './harness.ts';

// The explorer in real headless Chromium against the real server, the real API and the corpus.
// One page walks the analyst's way: find 108廊带, expand it, read its trace and a section, ask
// for a path, then the same URL is reloaded and must show the same graph.

const ZONE_108 = 'zone:108廊带';
const JINZHONG_CITY = 'region:140700';
const JINZHONG_PLAN = 'jinzhong-13th-fyp';

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Node ids on the canvas (the "+N more" nodes left out). */
function canvasNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.plangraph!.canvas.realNodes().map((node) => node.id()).sort());
}

/** Clicks a node where Chromium draws it, as a user would. */
async function clickNode(page: Page, id: string, options: { double?: boolean } = {}): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.plangraph!.canvas.cy;
    const node = cy.getElementById(nodeId);
    cy.center(node);
    const box = cy.container()!.getBoundingClientRect();
    const position = node.renderedPosition();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  if (options.double) await page.mouse.dblclick(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

describe('the explorer in Chromium', () => {
  let explorer: Explorer;
  let base: string;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  let api: Explorer['api'];

  const GRAPH = 'nodes { data { id label type mentionCount hiddenNeighbors } } edges { data { id source target type } } truncated';

  beforeAll(async () => {
    explorer = await openExplorer();
    ({ base, browser, page, problems, api } = explorer);
  });

  afterAll(async () => explorer?.close());

  it('opens on an empty state that suggests 108廊带', async () => {
    await page.goto(base);
    await settled(page);
    expect(await page.locator('#empty-state').isVisible()).toBe(true);
    expect(await page.locator('#empty-state').textContent()).toContain('108廊带');
    expect(await page.locator('#api-banner').isVisible()).toBe(false);
  });

  it('finds 108廊带 by keyboard, with its type and plan count in the suggestion, and puts it on the canvas', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('108廊带');
    const first = page.locator('[role="option"]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-entity-id')).toBe(ZONE_108);
    expect(await first.textContent()).toMatch(/108廊带.*Zone.*\d+ plans?/);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.plangraph!.canvas.has(id), ZONE_108);
    await settled(page);
    expect(await page.evaluate(() => window.plangraph!.canvas.selectedId())).toBe(ZONE_108);
    expect(await page.locator('#empty-state').isVisible()).toBe(false);
  });

  it('expands 108廊带 by keyboard and shows exactly the neighbours the API gives', async () => {
    await page.focus('#cy');
    await page.keyboard.press('e');
    await page.waitForFunction(() => document.getElementById('cy')!.dataset.lastExpansion !== undefined);
    await settled(page);
    const answer = (await api<{ neighborhood: Graph }>(`query($ids: [ID!]!, $limit: Int) { neighborhood(ids: $ids, limit: $limit) { ${GRAPH} } }`, {
      ids: [ZONE_108],
      limit: expansionLimit(false),
    })).neighborhood;
    const expected = [...neighbourIds(answer, ZONE_108)].sort();
    expect(expected.length).toBeGreaterThan(0);
    const shown = await page.evaluate((id) => window.plangraph!.canvas.cy.getElementById(id).neighborhood('node').not('.more').map((node) => node.id()).sort(), ZONE_108);
    expect(shown).toEqual(expected);
    // The regions the corridor covers are among them.
    expect(shown).toEqual(expect.arrayContaining(['region:140702', 'region:140728']));
    expect(await page.textContent('#status')).toContain(`${expected.length} neighbours shown`);
  });

  it('expands a large neighbourhood with a cap and a "+N more" node that brings the rest', async () => {
    // 晋中市 has more neighbours than one expansion shows.
    await page.evaluate((id) => window.plangraph!.addEntity({ id }, { select: true }), JINZHONG_CITY);
    await settled(page);
    await clickNode(page, JINZHONG_CITY, { double: true });
    await page.waitForFunction((id) => JSON.parse(document.getElementById('cy')!.dataset.lastExpansion ?? '{}').id === id, JINZHONG_CITY);
    await settled(page);
    const capped = (await api<{ neighborhood: Graph }>(`query($ids: [ID!]!, $limit: Int) { neighborhood(ids: $ids, limit: $limit) { ${GRAPH} } }`, {
      ids: [JINZHONG_CITY],
      limit: expansionLimit(false),
    })).neighborhood;
    const hidden = capped.nodes.find((node) => node.data.id === JINZHONG_CITY)!.data.hiddenNeighbors;
    expect(hidden).toBeGreaterThan(0);
    const more = await page.evaluate((id) => window.plangraph!.canvas.cy.getElementById(`more:${id}`).data('label') as string | undefined, JINZHONG_CITY);
    expect(more).toBe(`+${hidden} more`);
    const before = await page.evaluate((id) => window.plangraph!.canvas.cy.getElementById(id).neighborhood('node').not('.more').length, JINZHONG_CITY);
    expect(before).toBe(neighbourIds(capped, JINZHONG_CITY).size);

    await clickNode(page, `more:${JINZHONG_CITY}`);
    await page.waitForFunction((id) => window.plangraph!.canvas.cy.getElementById(`more:${id}`).empty(), JINZHONG_CITY);
    await settled(page);
    const all = (await api<{ neighborhood: Graph }>(`query($ids: [ID!]!, $limit: Int) { neighborhood(ids: $ids, limit: $limit) { ${GRAPH} } }`, {
      ids: [JINZHONG_CITY],
      limit: expansionLimit(true),
    })).neighborhood;
    const after = await page.evaluate((id) => window.plangraph!.canvas.cy.getElementById(id).neighborhood('node').not('.more').map((node) => node.id()), JINZHONG_CITY);
    expect(new Set(after)).toEqual(neighbourIds(all, JINZHONG_CITY));
    expect(after.length).toBeGreaterThan(before);
  });

  it('collapses an expansion and undoes the collapse', async () => {
    const before = await canvasNodeIds(page);
    await page.evaluate((id) => window.plangraph!.canvas.select(id), JINZHONG_CITY);
    await page.click('#collapse');
    const collapsed = await canvasNodeIds(page);
    expect(collapsed.length).toBeLessThan(before.length);
    expect(collapsed).toContain(JINZHONG_CITY);
    expect(collapsed).toContain(ZONE_108);
    await page.click('#undo');
    expect(await canvasNodeIds(page)).toEqual(before);
  });

  it('lists the trace of 108廊带: the passages of the 晋中 plan with the mention highlighted, then the reader', async () => {
    await clickNode(page, ZONE_108);
    await settled(page);
    const traces = (await api<{ trace: PlanTrace[] }>(
      `query($id: ID!) { trace(id: $id) { plan { id title issuedOn kind draft } mentions { section { id title path } start end text snippet snippetStart } } }`,
      { id: ZONE_108 },
    )).trace;
    const jinzhong = traces.find((trace) => trace.plan.id === JINZHONG_PLAN);
    expect(jinzhong, 'the API traces 108廊带 to the 晋中 plan').toBeDefined();

    const plan = page.locator(`.trace-plan[data-plan-id="${JINZHONG_PLAN}"]`);
    await plan.waitFor();
    expect(await plan.locator('h4').textContent()).toContain('晋中市国民经济和社会发展第十三个五年规划纲要');
    const passages = plan.locator('.passage');
    // The first passages of each plan, then all of them on demand: 108廊带 has more than a page.
    expect(jinzhong!.mentions.length).toBeGreaterThan(TRACE_PASSAGES_PER_PLAN);
    expect(await passages.count()).toBe(TRACE_PASSAGES_PER_PLAN);
    await plan.locator('.all-passages').click();
    await page.waitForFunction(
      ([id, count]) => document.querySelectorAll(`.trace-plan[data-plan-id="${id}"] .passage`).length === count,
      [JINZHONG_PLAN, jinzhong!.mentions.length] as const,
    );
    expect(await plan.locator('.all-passages').count()).toBe(0);
    const marks = await plan.locator('.passage mark').allTextContents();
    expect(marks).toEqual(jinzhong!.mentions.map((mention) => mention.text));
    expect(await plan.locator('.section-path').first().textContent()).toBe(jinzhong!.mentions[0]!.section.path.join(' › '));
    // Plans in date order, as the API gives them.
    const order = await page.locator('.trace-plan').evaluateAll((items) => items.map((item) => item.getAttribute('data-plan-id')));
    expect(order).toEqual(traces.map((trace) => trace.plan.id));

    await plan.locator('.open-reader').first().click();
    const reader = page.locator('dialog#reader');
    await reader.locator('.mention.current').waitFor();
    expect(await reader.evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
    expect(await reader.locator('.mention.current').textContent()).toBe(jinzhong!.mentions[0]!.text);
    expect(await reader.locator('.mention').count()).toBeGreaterThan(1);
    await page.screenshot({ path: path.join(RESULTS, 'explorer-reader.png') });

    // A mention in the reader selects its entity on the canvas, adding it if needed.
    const other = reader.locator(`.mention:not([data-entity-id="${ZONE_108}"])`).first();
    const otherId = (await other.getAttribute('data-entity-id'))!;
    await other.click();
    await page.waitForFunction((id) => window.plangraph!.canvas.selectedId() === id, otherId);
    expect(await reader.evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
    await settled(page);
  });

  it('finds the shortest path between two entities and lists the evidence of each hop', async () => {
    const path = (await api<{ path: Graph | null }>(`query($from: ID!, $to: ID!) { path(from: $from, to: $to) { ${GRAPH} } }`, {
      from: ZONE_108,
      to: JINZHONG_CITY,
    })).path;
    expect(path).not.toBeNull();
    await page.evaluate((id) => window.plangraph!.canvas.select(id), ZONE_108);
    await page.getByRole('button', { name: 'Path from here' }).click();
    await page.getByRole('combobox', { name: 'To' }).fill('晋中市');
    await page.locator(`.path-panel [role="option"][data-entity-id="${JINZHONG_CITY}"]`).click();
    await page.getByRole('button', { name: 'Find the shortest path' }).click();
    await page.locator('.hops .hop').first().waitFor();
    await settled(page);
    expect(await page.locator('.hops .hop').count()).toBe(path!.edges.length);
    expect(await page.locator('.hops .snippet').count()).toBeGreaterThan(0);
    const highlighted = await page.evaluate(() => window.plangraph!.canvas.cy.elements('.path').map((element) => element.id()).sort());
    expect(highlighted).toEqual([...path!.nodes.map((node) => node.data.id), ...path!.edges.map((edge) => edge.data.id)].sort());
    expect(page.url()).toContain('from=');
  });

  it('hides a type by filter without removing it, lists a plan by section, and exports the view', async () => {
    const regions = await page.evaluate(() => window.plangraph!.canvas.cy.nodes('.type-region').length);
    expect(regions).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: '行政区 Region' }).uncheck();
    expect(await page.evaluate(() => window.plangraph!.canvas.cy.nodes('.type-region:visible').length)).toBe(0);
    expect(await page.evaluate(() => window.plangraph!.canvas.cy.nodes('.type-region').length)).toBe(regions);
    expect(page.url()).toContain('hide=REGION');
    await page.getByRole('checkbox', { name: '行政区 Region' }).check();
    expect(await page.evaluate(() => window.plangraph!.canvas.cy.nodes('.type-region:visible').length)).toBe(regions);

    await page.click('#tab-plans');
    await page.selectOption('#plan-select', 'xiaoyi-13th-fyp');
    const chip = page.locator('.plan-section .chip').first();
    await chip.waitFor();
    const chipId = (await chip.getAttribute('data-entity-id'))!;
    await chip.click();
    await page.waitForFunction((id) => window.plangraph!.canvas.selectedId() === id, chipId);
    await settled(page);
    // The plan view stays open while the analyst adds its entities.
    expect(await page.locator('#panel-plans').isVisible()).toBe(true);

    const download = page.waitForEvent('download');
    await page.click('#export-json');
    const file = await download;
    expect(file.suggestedFilename()).toBe('plangraph-view.json');
    const exported = JSON.parse(await streamText(await file.createReadStream())) as { elements: { nodes: unknown[]; edges: { data: { evidence?: unknown[] } }[] } };
    expect(exported.elements.nodes.length).toBe((await canvasNodeIds(page)).length + (await page.evaluate(() => window.plangraph!.canvas.cy.nodes('.more').length)));
    expect(exported.elements.edges.some((edge) => (edge.data.evidence ?? []).length > 0)).toBe(true);
    const png = page.waitForEvent('download');
    await page.click('#export-png');
    expect((await png).suggestedFilename()).toBe('plangraph-view.png');
    await page.click('#tab-path');
  });

  it('passes an axe-core scan with no serious or critical violations', async () => {
    await page.evaluate((id) => window.plangraph!.canvas.select(id), ZONE_108);
    await page.click('#tab-selection');
    await page.locator('.trace-plan').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('restores the same view from its URL, and stacks the panel under the canvas on a narrow window', async () => {
    const url = page.url();
    const nodes = await canvasNodeIds(page);
    const selected = await page.evaluate(() => window.plangraph!.canvas.selectedId());
    const screenshot = path.join(RESULTS, 'explorer.png');
    await page.screenshot({ path: screenshot });
    console.log(`explorer screenshot: ${screenshot}`);

    const restored = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const restoredProblems = watch(restored);
    await restored.goto(url);
    await settled(restored);
    expect(await canvasNodeIds(restored)).toEqual(nodes);
    expect(await restored.evaluate(() => window.plangraph!.canvas.selectedId())).toBe(selected);
    expect(await restored.locator('.hops .hop').count()).toBeGreaterThan(0);

    await restored.setViewportSize({ width: 600, height: 900 });
    await restored.waitForTimeout(300); // Cytoscape follows a resize on its next frame
    const canvas = (await restored.locator('#canvas-area').boundingBox())!;
    const panel = (await restored.locator('aside.panel').boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    expect(canvas.width).toBeGreaterThan(500);
    expect(await restored.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await restored.screenshot({ path: path.join(RESULTS, 'explorer-narrow.png'), fullPage: true });
    await restored.close();
    expect(restoredProblems).toEqual([]);
  });

  it('says clearly when the API is down', async () => {
    const down = await browser.newPage();
    await down.route('**/graphql', (route) => route.abort('connectionrefused'));
    await down.goto(base);
    await down.locator('#api-banner').waitFor({ state: 'visible' });
    expect(await down.locator('#api-banner').textContent()).toMatch(/not answering/);
    await down.close();
  });

  it('logged no console error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
