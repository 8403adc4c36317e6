// What the database holds of a plan: its visible version and any load in progress.
MATCH (p:Plan {id: $id})
RETURN p.sha256 AS sha256, p.sourceFile AS sourceFile, p.pipeline AS pipeline, p.version AS version, p.status AS status, p.loadingVersion AS loadingVersion
