// One ingest writes at a time. The lock is free when nobody holds it, when we hold it, or when
// its holder stopped renewing it (a killed process) for $staleSeconds.
MERGE (lock:IngestLock {id: 'ingest'})
WITH lock, lock.owner IS NULL OR lock.owner = $owner
     OR lock.heartbeat < datetime() - duration({seconds: $staleSeconds}) AS free
SET lock.owner = CASE WHEN free THEN $owner ELSE lock.owner END,
    lock.heartbeat = CASE WHEN free THEN datetime() ELSE lock.heartbeat END
RETURN free AS acquired, lock.owner AS owner
