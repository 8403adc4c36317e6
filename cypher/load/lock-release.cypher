MATCH (lock:IngestLock {id: 'ingest', owner: $owner})
DELETE lock
