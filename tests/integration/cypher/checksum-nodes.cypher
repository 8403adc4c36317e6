// Every node as labels + properties, for a content checksum. Load timestamps are always left
// out; $ignored names more keys to leave out (the pipeline fingerprint, for the golden checksum).
// The graph's change counter (src/server/response-cache.ts) counts how it was built, not what it holds.
MATCH (n) WHERE NOT n:GraphVersion
RETURN labels(n) AS labels,
       [key IN keys(n) WHERE NOT key IN ['loadedAt', 'loadingSince'] + $ignored | [key, n[key]]] AS props
