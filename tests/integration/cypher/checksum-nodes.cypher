// Every node as labels + properties (load timestamps left out), for a content checksum.
MATCH (n)
RETURN labels(n) AS labels,
       [key IN keys(n) WHERE NOT key IN ['loadedAt', 'loadingSince'] | [key, n[key]]] AS props
