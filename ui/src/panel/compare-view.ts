// The Compare plans view as plain data: what the choices ask the API for, the three lists and
// how each grows page by page, and what each entity's stage reads. compare.ts draws it.
import type { CompareRequest } from '../api.ts';
import { ENTITY_TYPES, type ComparedEntity, type EntityType, type PlanComparison, type PlanSummary } from '../types.ts';
import { stageMark, type StageMark } from './stages.ts';
import { planShortTitle } from './timeline-view.ts';

export type ListKey = 'onlyInA' | 'onlyInB' | 'inBoth';

export const LIST_KEYS: readonly ListKey[] = ['onlyInA', 'onlyInB', 'inBoth'];

/** What the analyst picked: two plan ids ('' for none yet), the types ticked, a region id or ''. */
export interface CompareChoice {
  a: string;
  b: string;
  types: ReadonlySet<EntityType>;
  regionId: string;
}

/** The API request for a choice, or why there is none yet. */
export function compareRequest(choice: CompareChoice, first: number): { request: CompareRequest } | { problem: string } {
  if (!choice.a || !choice.b) return { problem: 'Pick plan A and plan B.' };
  if (choice.a === choice.b) return { problem: 'Pick two different plans.' };
  if (choice.types.size === 0) return { problem: 'Tick at least one type.' };
  // Every type ticked is no filter at all: the API is asked without one.
  const types = ENTITY_TYPES.every((type) => choice.types.has(type)) ? null : ENTITY_TYPES.filter((type) => choice.types.has(type));
  return { request: { a: choice.a, b: choice.b, types, regionId: choice.regionId || null, first } };
}

/** One list as shown: the items loaded so far, the total, and the cursor of its next page. */
export interface CompareList {
  key: ListKey;
  total: number;
  items: ComparedEntity[];
  /** Where this list's next page starts; null when every item is shown. */
  next: string | null;
}

/** The answer's cursor serves every list; it leads somewhere for this one only while items remain. */
function nextOf(items: number, total: number, cursor: string | null): string | null {
  return items < total ? cursor : null;
}

export function listsOf(answer: PlanComparison): CompareList[] {
  return LIST_KEYS.map((key) => {
    const list = answer[key];
    return { key, total: list.totalCount, items: list.items, next: nextOf(list.items.length, list.totalCount, list.cursor) };
  });
}

/** The list with the next page of an answer asked for with its cursor appended. */
export function withNextPage(list: CompareList, answer: PlanComparison): CompareList {
  const page = answer[list.key];
  const items = [...list.items, ...page.items];
  return { ...list, total: page.totalCount, items, next: nextOf(items.length, page.totalCount, page.cursor) };
}

const LIST_HEADINGS: Record<ListKey, string> = { onlyInA: 'Only in A', onlyInB: 'Only in B', inBoth: 'In both' };

export function listHeading(key: ListKey): string {
  return LIST_HEADINGS[key];
}

/** Under the heading: which plan (or plans) the list is of. */
export function listSubtitle(key: ListKey, plans: { a: string; b: string }): string {
  if (key === 'onlyInA') return `${plans.a}, not ${plans.b}`;
  if (key === 'onlyInB') return `${plans.b}, not ${plans.a}`;
  return `${plans.a} and ${plans.b}: stage in A → stage in B`;
}

/** 晋中市 五年规划 2016: a plan named in a few characters, for the lists' subtitles. */
export function planName(plan: PlanSummary): string {
  const year = plan.issuedOn?.slice(0, 4) ?? (plan.periodStart === null ? '' : String(plan.periodStart));
  return `${planShortTitle(plan)}${year ? ` ${year}` : ''}`;
}

/** What the status line says once the lists are in. */
export function compareSummary(lists: readonly CompareList[]): string {
  const count = (key: ListKey) => (lists.find((list) => list.key === key)?.total ?? 0).toLocaleString('en');
  return `Compared: ${count('onlyInA')} only in A, ${count('onlyInB')} only in B, ${count('inBoth')} in both.`;
}

export function moreLabel(list: CompareList): string {
  return `More (${list.items.length.toLocaleString('en')} of ${list.total.toLocaleString('en')} shown)`;
}

/**
 * An entity's stage as a list shows it: the one plan's for an only-in list, A → B for both;
 * null when no plan names one (most places and policies), so that the lists stay quiet.
 */
export type ItemStage = { kind: 'one'; mark: StageMark } | { kind: 'moved'; from: StageMark; to: StageMark };

export function itemStage(key: ListKey, item: ComparedEntity): ItemStage | null {
  if (key !== 'inBoth') {
    const mark = stageMark(key === 'onlyInA' ? item.statusInA : item.statusInB);
    return mark.key === 'none' ? null : { kind: 'one', mark };
  }
  const from = stageMark(item.statusInA);
  const to = stageMark(item.statusInB);
  if (from.key === 'none' && to.key === 'none') return null;
  return { kind: 'moved', from, to };
}

export interface RegionOption {
  id: string;
  name: string;
}

/** The regions the explorer knows: those the plans are issued by and those on the canvas, once each, by code. */
export function regionOptions(plans: readonly PlanSummary[], onCanvas: readonly RegionOption[]): RegionOption[] {
  const byId = new Map<string, RegionOption>();
  for (const region of [...plans.flatMap((plan) => (plan.region ? [plan.region] : [])), ...onCanvas]) {
    if (!byId.has(region.id)) byId.set(region.id, { id: region.id, name: region.name });
  }
  return [...byId.values()].sort((left, right) => left.id.localeCompare(right.id));
}
