// Makes a loaded version the one readers see, with the plan's metadata (every field of the
// PlanRow, src/load/rows.ts: title, kind, region, period, date, draft flag, speaker …; a null
// field leaves the property absent), in the same transaction that discards the previous version.
MATCH (p:Plan {id: $plan.id})
// Another file that named the same plan before this one (a report filed twice under two names, a
// misfiled one) is remembered by its sha256 and name, so that a re-ingest of the folder skips it
// as unchanged instead of loading the two in turn for ever; the last 20 are kept.
SET p.otherSources = CASE WHEN p.sourceFile IS NOT NULL AND p.sourceFile <> $plan.sourceFile
                               THEN (coalesce(p.otherSources, []) + [p.sha256 + ' ' + p.sourceFile])[-20..]
                               ELSE p.otherSources END
SET p += $plan, p.status = 'complete', p.loadingVersion = null, p.loadingSince = null,
    p.loadedAt = datetime()
WITH p
OPTIONAL MATCH (p)-[old:ISSUED_BY_REGION]->() DELETE old
WITH DISTINCT p
OPTIONAL MATCH (r:Region {code: $plan.regionCode})
FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (p)-[:ISSUED_BY_REGION]->(r))
RETURN p.id AS id
