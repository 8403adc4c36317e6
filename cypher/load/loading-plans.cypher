// Plans a crashed or killed ingest left in the middle of a load.
MATCH (p:Plan {status: 'loading'})
RETURN p.id AS id, p.version AS version, p.loadingVersion AS loadingVersion
ORDER BY id
