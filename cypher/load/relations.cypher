// Relationships between entities, one per passage that states them (the evidence). Types
// cannot be parameters, hence one FOREACH per type. CREATE for the reason given in mentions.cypher.
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId})
MATCH (b:Entity {id: row.toId})
WITH a, b, row, {planId: row.planId, version: row.version, sectionId: row.sectionId, start: row.start,
     end: row.end, sourceStart: row.sourceStart, sourceEnd: row.sourceEnd, ruleId: row.ruleId} AS evidence
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END | CREATE (a)-[r:LOCATED_IN]->(b) SET r = evidence)
FOREACH (_ IN CASE WHEN row.type = 'COVERS' THEN [1] ELSE [] END | CREATE (a)-[r:COVERS]->(b) SET r = evidence)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END | CREATE (a)-[r:PART_OF]->(b) SET r = evidence)
FOREACH (_ IN CASE WHEN row.type = 'BUILT_BY' THEN [1] ELSE [] END | CREATE (a)-[r:BUILT_BY]->(b) SET r = evidence)
FOREACH (_ IN CASE WHEN row.type = 'IN_PARK' THEN [1] ELSE [] END | CREATE (a)-[r:IN_PARK]->(b) SET r = evidence)
FOREACH (_ IN CASE WHEN row.type = 'IN_ZONE' THEN [1] ELSE [] END | CREATE (a)-[r:IN_ZONE]->(b) SET r = evidence)
