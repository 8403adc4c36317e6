// Each occurrence of an entity in a section, with its offsets in the section and the source.
UNWIND $rows AS row
MATCH (s:Section {id: row.sectionId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
SET m.planId = row.planId, m.version = row.version, m.sourceStart = row.sourceStart,
    m.sourceEnd = row.sourceEnd, m.surface = row.surface, m.ruleId = row.ruleId
