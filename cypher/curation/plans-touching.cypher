// The complete plans whose graph a merge or split of these entities changes: those that refer
// to them as they are now, and those whose rules produced them (moved elsewhere by a curation).
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Plan)-[r:REFERS_TO {entityId: id}]->()
  WHERE r.version = p.version
  RETURN p.id AS planId
  UNION
  MATCH ()-[m:MENTIONS {rawEntityId: id}]->()
  RETURN m.planId AS planId
}
WITH DISTINCT planId
MATCH (p:Plan {id: planId}) WHERE p.version IS NOT NULL AND p.resolution IS NOT NULL
RETURN p.id AS planId, p.version AS version, p.resolution AS resolution
ORDER BY planId
