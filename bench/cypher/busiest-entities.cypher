// Bench only: the most mentioned entities (the trace targets).
MATCH (e:Entity) WHERE e.mentionCount > 0
RETURN e.id AS id, e.name AS name, e.mentionCount AS mentions
ORDER BY mentions DESC, id
LIMIT $limit
