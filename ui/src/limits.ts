// How much one expansion shows. Shared with the browser test, which asks the API the same.

/** Neighbours shown by one expansion; the rest wait behind "+N more". */
export const EXPAND_CAP = 25;
/** What "+N more" asks for: every neighbour, within the API's bounds. */
export const EXPAND_ALL_LIMIT = 500;

/** The neighborhood limit for an expansion: it counts the expanded node itself. */
export function expansionLimit(all: boolean): number {
  return (all ? EXPAND_ALL_LIMIT : EXPAND_CAP) + 1;
}

// The trace lists plans a page at a time and the first passages of each: an entity such as a
// province is mentioned in every plan, thousands of times in a large corpus.
export const TRACE_PLANS_PAGE = 20;
export const TRACE_PASSAGES_PER_PLAN = 20;

// The timeline strip shows this many plans before its "More plans" button; the Compare plans
// view this many entities of each list before each list's "More".
export const TIMELINE_PAGE = 50;
export const COMPARE_PAGE = 50;
