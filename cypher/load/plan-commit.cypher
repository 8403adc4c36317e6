// Makes a loaded version the one readers see, with the plan's metadata (every field of the
// PlanRow, src/load/rows.ts: title, kind, region, period, date, draft flag, speaker …; a null
// field leaves the property absent), in the same transaction that discards the previous version.
MATCH (p:Plan {id: $plan.id})
SET p += $plan, p.status = 'complete', p.loadingVersion = null, p.loadingSince = null,
    p.loadedAt = datetime()
WITH p
OPTIONAL MATCH (p)-[old:ISSUED_BY_REGION]->() DELETE old
WITH DISTINCT p
OPTIONAL MATCH (r:Region {code: $plan.regionCode})
FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (p)-[:ISSUED_BY_REGION]->(r))
RETURN p.id AS id
