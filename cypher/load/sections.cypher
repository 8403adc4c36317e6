// Sections of one plan version, in reading order (a parent is always written before its children).
UNWIND $rows AS row
MERGE (s:Section {id: row.id})
SET s.planId = row.planId, s.version = row.version, s.ordinal = row.ordinal, s.kind = row.kind,
    s.title = row.title, s.path = row.path, s.depth = row.depth, s.text = row.text,
    s.sourceStart = row.sourceStart, s.sourceEnd = row.sourceEnd, s.pageFirst = row.pageFirst, s.pageLast = row.pageLast
WITH s, row
OPTIONAL MATCH (parentSection:Section {id: row.parentId})
OPTIONAL MATCH (plan:Plan {id: row.planId}) WHERE row.parentId IS NULL
WITH s, coalesce(parentSection, plan) AS parent
MERGE (parent)-[:HAS_SECTION]->(s)
