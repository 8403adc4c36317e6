// Bench only: an entity mentioned about $target times, so that its trace answer has the same
// size at every scale.
MATCH (e:Entity) WHERE e.mentionCount > 0
RETURN e.id AS id, e.name AS name, e.mentionCount AS mentions
ORDER BY abs(e.mentionCount - $target), id
LIMIT 1
