// Bench baseline: sections by plain CREATE, linked to their parent (a parent comes first).
UNWIND $rows AS row
CREATE (s:Section)
SET s.id = row.id, s.planId = row.planId, s.version = row.version, s.ordinal = row.ordinal, s.kind = row.kind,
    s.title = row.title, s.path = row.path, s.depth = row.depth, s.text = row.text,
    s.sourceStart = row.sourceStart, s.sourceEnd = row.sourceEnd
WITH s, row
OPTIONAL MATCH (parentSection:Section {id: row.parentId})
OPTIONAL MATCH (plan:Plan {id: row.planId}) WHERE row.parentId IS NULL
WITH s, coalesce(parentSection, plan) AS parent
CREATE (parent)-[:HAS_SECTION]->(s)
