// What the view is made of, as data: the URL, undo and a restore all rebuild the same graph from
// it. Updates return a new state and never change the old one, so a snapshot taken for undo
// stays as it was.

export interface Expansion {
  readonly id: string;
  /** True when the "+N more" node was expanded too (every neighbour, not just the first cap). */
  readonly all: boolean;
}

export interface ViewState {
  /** Entities put on the canvas directly (search, plan view, reader), in order. */
  readonly seeds: readonly string[];
  /** Nodes expanded, in order. */
  readonly expansions: readonly Expansion[];
  readonly hiddenTypes: readonly string[];
  readonly hiddenPlans: readonly string[];
  readonly selected: string | null;
  readonly path: { readonly from: string; readonly to: string } | null;
}

export function emptyViewState(): ViewState {
  return { seeds: [], expansions: [], hiddenTypes: [], hiddenPlans: [], selected: null, path: null };
}

export function withSeed(view: ViewState, id: string): ViewState {
  return view.seeds.includes(id) ? view : { ...view, seeds: [...view.seeds, id] };
}

/** A node expanded again keeps its place in the order; "all" once means all from then on. */
export function withExpansion(view: ViewState, id: string, all: boolean): ViewState {
  const existing = view.expansions.find((expansion) => expansion.id === id);
  if (!existing) return { ...view, expansions: [...view.expansions, { id, all }] };
  if (existing.all || !all) return view;
  return { ...view, expansions: view.expansions.map((expansion) => (expansion.id === id ? { id, all: true } : expansion)) };
}

export function withoutExpansions(view: ViewState, ids: ReadonlySet<string>): ViewState {
  return { ...view, expansions: view.expansions.filter((expansion) => !ids.has(expansion.id)) };
}

export function withTypeShown(view: ViewState, type: string, shown: boolean): ViewState {
  return { ...view, hiddenTypes: toggled(view.hiddenTypes, type, !shown) };
}

export function withPlanShown(view: ViewState, planId: string, shown: boolean): ViewState {
  return { ...view, hiddenPlans: toggled(view.hiddenPlans, planId, !shown) };
}

export function withPath(view: ViewState, path: ViewState['path']): ViewState {
  return { ...view, path };
}

export function withSelection(view: ViewState, selected: string | null): ViewState {
  return view.selected === selected ? view : { ...view, selected };
}

/** An empty graph that keeps the filters: clearing the canvas is not resetting the settings. */
export function filtersOnly(view: ViewState): ViewState {
  return { ...emptyViewState(), hiddenTypes: view.hiddenTypes, hiddenPlans: view.hiddenPlans };
}

function toggled(list: readonly string[], value: string, present: boolean): readonly string[] {
  if (present) return list.includes(value) ? list : [...list, value];
  return list.includes(value) ? list.filter((item) => item !== value) : list;
}

/** After a merge or a rejection: an entity that left the graph gives way to the one kept, or to nothing. */
export function withEntityGone(view: ViewState, id: string, keptId: string | null): ViewState {
  const swap = (value: string): string | null => (value === id ? keptId : value);
  const seeds = [...new Set(view.seeds.map(swap).filter((value): value is string => value !== null))];
  const expansions: Expansion[] = [];
  for (const expansion of view.expansions) {
    const next = swap(expansion.id);
    if (next !== null && !expansions.some((kept) => kept.id === next)) expansions.push({ id: next, all: expansion.all });
  }
  const path = view.path && (view.path.from === id || view.path.to === id) ? null : view.path;
  return { ...view, seeds, expansions, selected: view.selected === null ? null : swap(view.selected), path };
}
