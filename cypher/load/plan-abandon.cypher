// After discarding an unfinished load: a plan that had a complete version keeps showing it.
MATCH (p:Plan {id: $id})
SET p.status = 'complete', p.loadingVersion = null, p.loadingSince = null
