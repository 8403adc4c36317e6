// The plan-level summary of its mentions: one REFERS_TO per entity the plan mentions, with the
// count and the forms it is written in. A trace lists an entity's plans from these (one per
// plan) rather than from every mention (tens of thousands for a province in a large corpus),
// and refresh-entities sums them; a timeline reads what the plan says of the entity's stage
// and figures from them, one per plan. Tagged with the version, like everything a load writes, so
// readers see it only once the version is committed.
UNWIND $rows AS row
MATCH (p:Plan {id: row.planId})
MATCH (e:Entity {id: row.entityId})
CREATE (p)-[:REFERS_TO {version: row.version, entityId: row.entityId, planId: row.planId, sortKey: row.sortKey, mentionCount: row.mentionCount, surfaces: row.surfaces, name: row.name, pinyin: row.pinyin, kind: row.kind,
  stage: row.stage, stageCue: row.stageCue, passageSectionId: row.passageSectionId, passageStart: row.passageStart, figures: row.figures}]->(e)
