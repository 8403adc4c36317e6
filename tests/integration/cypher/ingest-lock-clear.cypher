// The ingest lock a killed process left behind (it would expire by itself after 20 s), and who held it.
MATCH (lock:IngestLock)
WITH lock, lock.owner AS owner
DELETE lock
RETURN owner
