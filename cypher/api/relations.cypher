// Relationships of each entity to other entities, with the evidence of complete plans
// (gazetteer facts carry no plan). Optionally one type and direction only. At most $perEntity
// other ends per entity, the most evidenced: a province is LOCATED_IN's end for thousands of
// projects in a national corpus.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WHERE ($type IS NULL OR type(r) = $type) AND NOT coalesce(o.rejected, false)
    AND ($direction IS NULL OR (startNode(r) = e) = ($direction = 'OUT'))
  OPTIONAL MATCH (p:Plan {id: r.planId})
  WITH e, r, o, p WHERE r.planId IS NULL OR p.version = r.version
  WITH o, type(r) AS type, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS direction,
       collect(CASE WHEN r.planId IS NULL THEN null ELSE r {.planId, .sectionId, .start, .end, .sourceStart, .sourceEnd, .ruleId} END) AS evidence
  ORDER BY size(evidence) DESC, o.mentionCount DESC, o.id, type, direction
  LIMIT $perEntity
  RETURN o, type, direction, evidence
}
RETURN id AS entityId, type, direction, o {.*, pinyin: null, aliasText: null, staticAliases: null, surfaceForms: null, planName: null, planPinyin: null, kindNames: null, kindPlans: null} AS other, evidence
ORDER BY id, type, direction, size(evidence) DESC, o.mentionCount DESC, o.id
