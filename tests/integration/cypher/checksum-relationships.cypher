// Every relationship as type, ends (by id) and properties, for a content checksum.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to,
       [key IN keys(r) | [key, r[key]]] AS props
