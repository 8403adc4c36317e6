// What the database holds of every complete plan, read once at the start of an ingest so that
// each unchanged file is skipped without a query of its own: its id, the sha256 and name of the
// file it was built from and of other files that named the same plan (plan-commit.cypher,
// plan-other-source.cypher), and the pipeline that built it.
MATCH (p:Plan)
WHERE p.status = 'complete'
RETURN p.id AS id, p.sha256 AS sha256, p.sourceFile AS sourceFile, coalesce(p.otherSources, []) AS others, p.pipeline AS pipeline
