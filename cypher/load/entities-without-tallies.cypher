// Of the given entities, those that plans mention but that have no tallies yet (loaded before the
// tallies were kept): a new plan's refresh sums these over every plan once, which writes them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE e.surfaceForms IS NULL AND coalesce(e.mentionCount, 0) > 0
RETURN e.id AS id
