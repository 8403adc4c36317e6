// Each occurrence of an entity in a section, with its offsets in the section and the source.
// CREATE, not MERGE: a version's rows are written once (an unfinished load is discarded before
// the next attempt), and MERGE would compare every mention of the same entity in the section,
// which is quadratic in a long section. entityId repeats the end node's id so that an index can
// find one entity's mentions in one plan without walking all of the entity's mentions.
UNWIND $rows AS row
MATCH (s:Section {id: row.sectionId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, entityId: row.entityId, rawEntityId: row.rawEntityId, planId: row.planId, version: row.version,
  sourceStart: row.sourceStart, sourceEnd: row.sourceEnd, surface: row.surface, ruleId: row.ruleId, nestedIn: row.nestedIn, page: row.page,
  stage: row.stage, stageCue: row.stageCue, stageRule: row.stageRule, figures: row.figures}]->(e)
