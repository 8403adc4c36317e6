// The graph changed (a plan committed or removed, curations applied, regions loaded): run in the
// same transaction as the change, so that a cached answer keyed on the old number is never
// served once the change is visible (src/server/response-cache.ts).
// The epoch tells a counter apart from an earlier one of a database that was emptied.
MERGE (g:GraphVersion {id: 'graph'})
ON CREATE SET g.epoch = randomUUID()
SET g.changes = coalesce(g.changes, 0) + 1
