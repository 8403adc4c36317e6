// Every relationship as type, ends (by id) and properties, for a content checksum; $ignored
// names keys to leave out.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to,
       [key IN keys(r) WHERE NOT key IN $ignored | [key, r[key]]] AS props
