// Bench baseline: mentions by plain CREATE between nodes found by id.
UNWIND $rows AS row
MATCH (s:Section {id: row.sectionId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[m:MENTIONS]->(e)
SET m.start = row.start, m.end = row.end, m.planId = row.planId, m.version = row.version,
    m.sourceStart = row.sourceStart, m.sourceEnd = row.sourceEnd, m.surface = row.surface, m.ruleId = row.ruleId
