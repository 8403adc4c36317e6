// The view as a URL: seeds, expansions, filters, selection and path live in the query string,
// so that reloading or sending the address restores the same graph.

export interface Expansion {
  id: string;
  /** True when the "+N more" node was expanded too (every neighbour, not just the first cap). */
  all: boolean;
}

export interface ViewState {
  /** Entities put on the canvas directly (search, plan view, reader), in order. */
  seeds: string[];
  /** Nodes expanded, in order. */
  expansions: Expansion[];
  hiddenTypes: string[];
  hiddenPlans: string[];
  selected: string | null;
  path: { from: string; to: string } | null;
}

export function emptyViewState(): ViewState {
  return { seeds: [], expansions: [], hiddenTypes: [], hiddenPlans: [], selected: null, path: null };
}

/** Repeated keys keep ids readable (`?seed=zone:108廊带&seed=region:140700`). */
export function toQuery(state: ViewState): string {
  const params = new URLSearchParams();
  for (const id of state.seeds) params.append('seed', id);
  for (const { id, all } of state.expansions) params.append(all ? 'all' : 'exp', id);
  for (const type of state.hiddenTypes) params.append('hide', type);
  for (const plan of state.hiddenPlans) params.append('hidePlan', plan);
  if (state.selected) params.set('sel', state.selected);
  if (state.path) {
    params.set('from', state.path.from);
    params.set('to', state.path.to);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function fromQuery(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state = emptyViewState();
  state.seeds = unique(params.getAll('seed'));
  // exp and all keep their relative order: walk the entries rather than getAll each key.
  const seen = new Map<string, Expansion>();
  for (const [key, value] of params) {
    if (key !== 'exp' && key !== 'all') continue;
    const previous = seen.get(value);
    if (previous) previous.all ||= key === 'all';
    else {
      const expansion = { id: value, all: key === 'all' };
      seen.set(value, expansion);
      state.expansions.push(expansion);
    }
  }
  state.hiddenTypes = unique(params.getAll('hide'));
  state.hiddenPlans = unique(params.getAll('hidePlan'));
  state.selected = params.get('sel') || null;
  const from = params.get('from');
  const to = params.get('to');
  state.path = from && to ? { from, to } : null;
  return state;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}
