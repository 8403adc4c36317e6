// The view as a URL: seeds, expansions, filters, selection and path live in the query string,
// so that reloading or sending the address restores the same graph.
import { emptyViewState, type Expansion, type ViewState } from './view-state.ts';

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
  const from = params.get('from');
  const to = params.get('to');
  return {
    ...emptyViewState(),
    seeds: unique(params.getAll('seed')),
    expansions: expansionsOf(params),
    hiddenTypes: unique(params.getAll('hide')),
    hiddenPlans: unique(params.getAll('hidePlan')),
    selected: params.get('sel') || null,
    path: from && to ? { from, to } : null,
  };
}

/** The path and query of a view: what the address bar shows and a shared link carries. */
export function viewAddress(pathname: string, state: ViewState): string {
  return `${pathname}${toQuery(state)}`;
}

/** The address to put in the bar for a view, or null when the bar already says it. */
export function addressUpdate(location: { pathname: string; search: string }, state: ViewState): string | null {
  const next = viewAddress(location.pathname, state);
  return next === `${location.pathname}${location.search}` ? null : next;
}

// exp and all keep their relative order: walk the entries rather than getAll each key.
function expansionsOf(params: URLSearchParams): Expansion[] {
  const expansions: Expansion[] = [];
  for (const [key, value] of params) {
    if ((key !== 'exp' && key !== 'all') || value.length === 0) continue;
    const index = expansions.findIndex((expansion) => expansion.id === value);
    if (index < 0) expansions.push({ id: value, all: key === 'all' });
    else if (key === 'all') expansions[index] = { id: value, all: true };
  }
  return expansions;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}
