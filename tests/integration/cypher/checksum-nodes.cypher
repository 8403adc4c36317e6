// Every node as labels + properties, for a content checksum. Load timestamps are always left
// out; $ignored names more keys to leave out (the pipeline fingerprint, for the golden checksum).
MATCH (n)
RETURN labels(n) AS labels,
       [key IN keys(n) WHERE NOT key IN ['loadedAt', 'loadingSince'] + $ignored | [key, n[key]]] AS props
