// Bench only: the entities the most plans mention (one REFERS_TO per plan of its current
// version), with their mentions: the hubs of a corpus, and a look at what the extractor finds most.
MATCH (e:Entity)<-[r:REFERS_TO]-(p:Plan)
WHERE r.version = p.version
WITH e, count(p) AS plans
RETURN e.id AS id, e.name AS name, e.type AS type, plans, e.mentionCount AS mentions
ORDER BY plans DESC, mentions DESC, id
LIMIT $limit
