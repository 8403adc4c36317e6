// Relationships between entities, one per passage that states them (the evidence). Types
// cannot be parameters, hence one FOREACH per type.
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId})
MATCH (b:Entity {id: row.toId})
WITH a, b, row, {planId: row.planId, version: row.version, sectionId: row.sectionId, start: row.start,
     end: row.end, sourceStart: row.sourceStart, sourceEnd: row.sourceEnd, ruleId: row.ruleId} AS evidence
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END | MERGE (a)-[r:LOCATED_IN {sectionId: evidence.sectionId, start: evidence.start}]->(b) SET r += evidence)
FOREACH (_ IN CASE WHEN row.type = 'COVERS' THEN [1] ELSE [] END | MERGE (a)-[r:COVERS {sectionId: evidence.sectionId, start: evidence.start}]->(b) SET r += evidence)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END | MERGE (a)-[r:PART_OF {sectionId: evidence.sectionId, start: evidence.start}]->(b) SET r += evidence)
FOREACH (_ IN CASE WHEN row.type = 'BUILT_BY' THEN [1] ELSE [] END | MERGE (a)-[r:BUILT_BY {sectionId: evidence.sectionId, start: evidence.start}]->(b) SET r += evidence)
FOREACH (_ IN CASE WHEN row.type = 'IN_PARK' THEN [1] ELSE [] END | MERGE (a)-[r:IN_PARK {sectionId: evidence.sectionId, start: evidence.start}]->(b) SET r += evidence)
FOREACH (_ IN CASE WHEN row.type = 'IN_ZONE' THEN [1] ELSE [] END | MERGE (a)-[r:IN_ZONE {sectionId: evidence.sectionId, start: evidence.start}]->(b) SET r += evidence)
