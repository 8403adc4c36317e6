// The seeds of a neighbourhood: entities by id, and plans as `plan:<id>`.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (p:Plan {id: substring(id, 5)}) WHERE id STARTS WITH 'plan:' AND p.version IS NOT NULL
WITH id, e, p WHERE e IS NOT NULL OR p IS NOT NULL
RETURN id, coalesce(e.name, p.title) AS label, coalesce(e.type, 'PLAN') AS type,
       coalesce(e.mentionCount, p.sectionCount, 0) AS mentionCount
