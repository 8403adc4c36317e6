// Removes what one version of a plan wrote (an old edition after a replace, or a load that
// never finished), and returns the entities it touched so their counts can be refreshed.
MATCH (s:Section {planId: $id, version: $version})
OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
WITH collect(DISTINCT s) AS sections, collect(DISTINCT e.id) AS touched
CALL (sections) {
  UNWIND sections AS s
  DETACH DELETE s
}
WITH touched
CALL () {
  MATCH (:Plan {id: $id})-[r:REFERS_TO {version: $version}]->()
  DELETE r
}
WITH touched
OPTIONAL MATCH (a:Entity)-[r]->(b:Entity) WHERE r.planId = $id AND r.version = $version
WITH touched, collect(r) AS relations, collect(DISTINCT a.id) + collect(DISTINCT b.id) AS related
CALL (relations) {
  UNWIND relations AS r
  DELETE r
}
RETURN touched + [id IN related WHERE NOT id IN touched] AS touched
