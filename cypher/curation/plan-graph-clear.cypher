// What one version of a plan says of its entities (mentions, plan summaries, relationships),
// removed so that it can be written again with other curations; its sections stay. Returns the
// entities it named, so their counts can be refreshed.
MATCH (:Section {planId: $id, version: $version})-[m:MENTIONS]->(e:Entity)
WITH collect(m) AS mentions, collect(DISTINCT e.id) AS touched
CALL (mentions) {
  UNWIND mentions AS m
  DELETE m
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
