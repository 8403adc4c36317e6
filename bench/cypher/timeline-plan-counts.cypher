// Bench only: how many plans each entity's timeline has (one REFERS_TO summary per plan, of the
// plan's current version, as cypher/api/timeline.cypher reads them), busiest first. $plans
// keeps only the entities with exactly that many (null: all); $limit bounds the answer.
MATCH (e:Entity)<-[r:REFERS_TO]-(p:Plan)
WHERE r.version = p.version
WITH e, count(p) AS plans
WHERE $plans IS NULL OR plans = $plans
RETURN e.id AS id, e.name AS name, e.type AS type, plans
ORDER BY plans DESC, id
LIMIT $limit
