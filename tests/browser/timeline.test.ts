import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_PAGE } from '../../ui/src/limits.ts';
import { stageMark } from '../../ui/src/panel/stages.ts';
import type { PlanComparison, TimelinePoint } from '../../ui/src/types.ts';
import { openExplorer, RESULTS, seriousViolations, settled, type Explorer } from './harness.ts';

// The timeline strip and the Compare plans view in real headless Chromium, against the real
// server and the default corpus. 中部引黄 is a project three plans name, each with the stage its
// passage names: its strip must say what the API says, mark by mark, and open each mark's passage. Then
// the two 晋中 plans are compared on projects, and the lists must hold what the API answers.

const PLAN_A = 'jinzhong-13th-fyp';
const PLAN_B = 'jinzhong-work-report-2017';

describe('the timeline strip and Compare plans in Chromium', () => {
  let explorer: Explorer;
  let page: Page;
  let base: string;
  let problems: string[];
  let api: Explorer['api'];
  let projectId: string;
  let points: TimelinePoint[];

  beforeAll(async () => {
    explorer = await openExplorer();
    ({ page, base, problems, api } = explorer);
  });

  afterAll(async () => explorer?.close());

  it('finds 中部引黄 and shows one mark per plan, in date order, coloured and lettered by the stage the API gives', async () => {
    const [found] = (await api<{ search: { id: string; name: string }[] }>(`query($q: String!) { search(query: $q, types: [PROJECT], first: 1) { id name } }`, { q: '中部引黄' })).search;
    expect(found, 'the API finds the project 中部引黄').toBeDefined();
    projectId = found!.id;
    points = (await api<{ timeline: TimelinePoint[] }>(
      `query($id: ID!) { timeline(id: $id) { plan { id title } date status statusCue figures { text } passage { section { id title path } start end text } mentionCount } }`,
      { id: projectId },
    )).timeline;
    // The strip is worth testing only with several plans and stages named: each mark is checked
    // against the stage the API gives for its plan below.
    expect(points.length).toBeGreaterThan(1);
    expect(points.filter((point) => point.status !== null).length).toBeGreaterThan(1);

    await page.goto(base);
    await settled(page);
    await page.keyboard.press('/');
    await page.keyboard.type('中部引黄');
    await page.locator(`[role="option"][data-entity-id="${projectId}"]`).click();
    await page.waitForFunction((id) => window.plangraph!.canvas.selectedId() === id, projectId);
    await page.locator('.timeline-point').first().waitFor();
    await settled(page);

    const shown = await page.locator('.timeline-point').evaluateAll((items) =>
      items.map((item) => ({
        plan: item.getAttribute('data-plan-id'),
        status: item.getAttribute('data-status'),
        markClass: item.querySelector('.timeline-mark')!.className,
        letter: item.querySelector('.stage-glyph')!.textContent,
        year: item.querySelector('.timeline-year')!.textContent,
        name: item.querySelector('.timeline-mark')!.getAttribute('aria-label'),
      })),
    );
    expect(shown.map((mark) => mark.plan)).toEqual(points.map((point) => point.plan.id));
    shown.forEach((mark, index) => {
      const point = points[index]!;
      const expected = stageMark(point.status);
      expect(mark.status).toBe(expected.key);
      expect(mark.markClass).toContain(expected.className);
      expect(mark.letter).toBe(expected.letter);
      expect(mark.year).toBe(point.date?.slice(0, 4) ?? '');
      expect(mark.name).toContain(point.plan.title);
      expect(mark.name).toContain(expected.label);
    });
    expect(await page.locator('.timeline h3').textContent()).toBe(`Timeline: ${points.length} plans`);
    expect(await page.locator('.timeline .stage-legend li').count()).toBe(5);
    expect(await page.locator('.more-timeline').count()).toBe(0);
  });

  it('shows a mark’s stage, cue and mentions when it has the keyboard focus', async () => {
    const index = points.findIndex((point) => point.statusCue !== null);
    expect(index).toBeGreaterThanOrEqual(0);
    const point = points[index]!;
    const mark = page.locator('.timeline-mark').nth(index);
    await mark.focus();
    const tip = page.locator(`#${await mark.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    const text = (await tip.textContent())!;
    expect(text).toContain(point.plan.title);
    expect(text).toContain(`${stageMark(point.status).label}: “${point.statusCue}”`);
    for (const figure of point.figures) expect(text).toContain(figure.text);
    expect(text).toContain(`${point.mentionCount} mention`);
    await page.screenshot({ path: path.join(RESULTS, 'timeline-strip.png') });
    // Escape hides the tooltip without moving the focus.
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(await mark.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('opens each mark’s passage in the reader, with the mention highlighted', async () => {
    for (const [index, point] of points.entries()) {
      await page.locator('.timeline-mark').nth(index).click();
      const reader = page.locator('dialog#reader');
      await reader.locator('.mention.current').waitFor();
      expect(await reader.evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
      const section = point.passage.section;
      expect(await reader.locator('#reader-title').textContent()).toBe((section.path.length ? section.path : [section.title]).join(' › '));
      expect(await reader.locator('.mention.current').textContent()).toBe(point.passage.text);
      expect(await reader.locator('.mention.current').getAttribute('data-entity-id')).toBe(projectId);
      if (index === 0) await page.screenshot({ path: path.join(RESULTS, 'timeline-reader.png') });
      await reader.getByRole('button', { name: 'Close the reader' }).click();
    }
  });

  it('passes axe-core with the timeline and a tooltip shown', async () => {
    await page.locator('.timeline-mark').first().focus();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('compares the two 晋中 plans on projects: each list’s total, page and stages as the API answers', async () => {
    const comparison = (await api<{ comparePlans: PlanComparison }>(
      `query($a: ID!, $b: ID!, $first: Int) {
        comparePlans(a: $a, b: $b, types: [PROJECT], first: $first) {
          a { id title } b { id title }
          onlyInA { totalCount cursor items { entity { id name type } statusInA statusInB } }
          onlyInB { totalCount cursor items { entity { id name type } statusInA statusInB } }
          inBoth { totalCount cursor items { entity { id name type } statusInA statusInB } }
        }
      }`,
      { a: PLAN_A, b: PLAN_B, first: COMPARE_PAGE },
    )).comparePlans;

    await page.click('#compare-plans');
    expect(await page.locator('#panel-compare').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-a');
    await page.selectOption('#compare-a', PLAN_A);
    await page.selectOption('#compare-b', PLAN_B);
    await page.locator('.compare-types').getByRole('button', { name: 'None' }).click();
    expect(await page.locator('.compare-result').getAttribute('data-state')).toBe('problem');
    await page.locator('#panel-compare').getByRole('checkbox', { name: '项目 Project' }).check();
    await page.locator('.compare-result[data-state="done"][data-types="PROJECT"]').waitFor();
    await settled(page);

    for (const key of ['onlyInA', 'onlyInB', 'inBoth'] as const) {
      const list = page.locator(`.compare-list[data-list="${key}"]`);
      const expected = comparison[key];
      expect(await list.locator('.compare-total').textContent()).toBe(expected.totalCount.toLocaleString('en'));
      const ids = await list.locator('.compare-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-entity-id')));
      expect(ids).toEqual(expected.items.map((item) => item.entity.id));
      expect(await list.locator('.compare-more').count()).toBe(expected.totalCount > expected.items.length ? 1 : 0);
    }
    await page.screenshot({ path: path.join(RESULTS, 'compare-plans-top.png') });
    expect(await page.locator('.compare-status').textContent()).toBe(
      `Compared: ${comparison.onlyInA.totalCount} only in A, ${comparison.onlyInB.totalCount} only in B, ${comparison.inBoth.totalCount} in both.`,
    );
    // Both plans' stages, A → B.
    for (const item of comparison.inBoth.items) {
      const moved = page.locator(`.compare-list[data-list="inBoth"] .compare-item[data-entity-id="${item.entity.id}"] .stage-moved`);
      if (item.statusInA === null && item.statusInB === null) expect(await moved.count()).toBe(0);
      else expect([await moved.getAttribute('data-from'), await moved.getAttribute('data-to')]).toEqual([stageMark(item.statusInA).key, stageMark(item.statusInB).key]);
    }
  });

  it('pages a long list with its cursor, then puts a listed entity on the canvas and selects it', async () => {
    const onlyInA = page.locator('.compare-list[data-list="onlyInA"]');
    const total = Number((await onlyInA.locator('.compare-total').textContent())!.replace(/,/g, ''));
    const before = await onlyInA.locator('.compare-item').count();
    expect(total, 'the 晋中 plan names more projects than one page holds').toBeGreaterThan(before);
    await onlyInA.locator('.compare-more').click();
    await page.waitForFunction(([count]) => document.querySelectorAll('.compare-list[data-list="onlyInA"] .compare-item').length > count!, [before]);
    await settled(page);
    expect(await onlyInA.locator('.compare-item').count()).toBe(Math.min(total, 2 * COMPARE_PAGE));
    const ids = await onlyInA.locator('.compare-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-entity-id')));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await onlyInA.locator('.compare-more').count()).toBe(total > 2 * COMPARE_PAGE ? 1 : 0);

    // One not on the canvas yet (中部引黄 is, from the timeline), by the jump link to its list.
    const listed = await page.locator('.compare-list[data-list="onlyInB"] .compare-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-entity-id')!));
    const id = await page.evaluate((ids) => ids.find((candidate) => !window.plangraph!.canvas.has(candidate)), listed);
    if (!id) throw new Error('every entity only B mentions is on the canvas already');
    await page.locator('.compare-jump').getByRole('button', { name: /^Only in B/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-heading-onlyInB');
    await page.locator(`.compare-list[data-list="onlyInB"] .compare-item[data-entity-id="${id}"] .chip`).click();
    await page.waitForFunction((entityId) => window.plangraph!.canvas.selectedId() === entityId, id);
    await settled(page);
    expect(await page.evaluate((entityId) => window.plangraph!.canvas.has(entityId), id)).toBe(true);
    // The comparison stays open while the analyst adds its entities.
    expect(await page.locator('#panel-compare').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(RESULTS, 'compare-plans.png') });
    console.log(`compare screenshot: ${path.join(RESULTS, 'compare-plans.png')}`);
  });

  it('narrows the comparison to a region the plans are issued by', async () => {
    const region = 'region:140700';
    const totals = (await api<{ comparePlans: Record<'onlyInA' | 'onlyInB' | 'inBoth', { totalCount: number }> }>(
      `query($a: ID!, $b: ID!, $regionId: ID) {
        comparePlans(a: $a, b: $b, types: [PROJECT], regionId: $regionId) { onlyInA { totalCount } onlyInB { totalCount } inBoth { totalCount } }
      }`,
      { a: PLAN_A, b: PLAN_B, regionId: region },
    )).comparePlans;
    await page.selectOption('#compare-region', region);
    await page.locator(`.compare-result[data-state="done"][data-types="PROJECT"][data-region="${region}"]`).waitFor();
    await settled(page);
    for (const key of ['onlyInA', 'onlyInB', 'inBoth'] as const) {
      expect(await page.locator(`.compare-list[data-list="${key}"] .compare-total`).textContent()).toBe(totals[key].totalCount.toLocaleString('en'));
    }
  });

  it('passes axe-core with the comparison shown', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('logged no console error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
