// One hop out of each node: related entities (with evidence from complete plans) and, when
// $withPlans, the plans that mention the entity as MENTIONED_IN edges. A node id of the form
// `plan:<id>` stands for a plan: its neighbours are the entities it mentions.
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r]-(o:Entity)
WHERE ($types IS NULL OR o.type IN $types) AND NOT coalesce(o.rejected, false)
OPTIONAL MATCH (p:Plan {id: r.planId})
WITH id, e, r, o, p WHERE r.planId IS NULL OR p.version = r.version
WITH id, o, type(r) AS relation, startNode(r) = e AS outgoing,
     collect(CASE WHEN r.planId IS NULL THEN null ELSE r {.planId, .sectionId, .start, .end, .sourceStart, .sourceEnd, .ruleId} END) AS evidence
RETURN id AS from, o.id AS to, o.name AS label, o.type AS type, coalesce(o.mentionCount, 0) AS mentionCount,
       relation, outgoing, size(evidence) AS weight, evidence
UNION ALL
UNWIND $ids AS id
MATCH (e:Entity {id: id})<-[r:REFERS_TO]-(p:Plan)
WHERE $withPlans AND r.version = p.version
RETURN id AS from, 'plan:' + p.id AS to, p.title AS label, 'PLAN' AS type, p.sectionCount AS mentionCount,
       'MENTIONED_IN' AS relation, true AS outgoing, r.mentionCount AS weight, [] AS evidence
UNION ALL
UNWIND $ids AS id
MATCH (p:Plan {id: substring(id, 5)}) WHERE id STARTS WITH 'plan:' AND p.version IS NOT NULL
MATCH (p)-[r:REFERS_TO]->(o:Entity)
WHERE r.version = p.version AND ($types IS NULL OR o.type IN $types) AND NOT coalesce(o.rejected, false)
RETURN id AS from, o.id AS to, o.name AS label, o.type AS type, coalesce(o.mentionCount, 0) AS mentionCount,
       'MENTIONED_IN' AS relation, false AS outgoing, r.mentionCount AS weight, [] AS evidence
