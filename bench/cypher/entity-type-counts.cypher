// Bench only: entities that plans mention, by type (gazetteer regions no plan names are left out).
MATCH (e:Entity) WHERE e.mentionCount > 0
RETURN e.type AS type, count(*) AS entities
ORDER BY type
