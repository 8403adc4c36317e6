// A file with the very bytes of a loaded plan under another name (a copy): remembered with the
// plan, so that a re-ingest skips it before building it (loaded-sources.cypher); the last 20 kept.
MATCH (p:Plan {id: $id})
WHERE NOT $key IN coalesce(p.otherSources, [])
SET p.otherSources = (coalesce(p.otherSources, []) + [$key])[-20..]
