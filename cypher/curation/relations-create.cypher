// Relationships curators added, between the entities as they are now; an end no plan produces
// any more is skipped (the record is then orphaned, and applies again when it comes back).
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId})
MATCH (b:Entity {id: row.toId})
WITH a, b, row, {curationId: row.curationId, ruleId: 'curation'} AS evidence
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END | CREATE (a)-[r:LOCATED_IN]->(b) SET r = evidence)
FOREACH (_ IN CASE WHEN row.type = 'COVERS' THEN [1] ELSE [] END | CREATE (a)-[r:COVERS]->(b) SET r = evidence)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END | CREATE (a)-[r:PART_OF]->(b) SET r = evidence)
FOREACH (_ IN CASE WHEN row.type = 'BUILT_BY' THEN [1] ELSE [] END | CREATE (a)-[r:BUILT_BY]->(b) SET r = evidence)
FOREACH (_ IN CASE WHEN row.type = 'IN_PARK' THEN [1] ELSE [] END | CREATE (a)-[r:IN_PARK]->(b) SET r = evidence)
FOREACH (_ IN CASE WHEN row.type = 'IN_ZONE' THEN [1] ELSE [] END | CREATE (a)-[r:IN_ZONE]->(b) SET r = evidence)
