MATCH (lock:IngestLock {id: 'ingest', owner: $owner})
SET lock.heartbeat = datetime()
RETURN count(lock) AS held
