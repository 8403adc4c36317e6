// A plan just made visible adds to the derived fields of the entities it mentions, from its own
// REFERS_TO summaries ($rows: entityId, mentionCount, surfaces, name, pinyin, kind): the same
// fields as refresh-entities.cypher sums over every plan, kept as tallies on the entity, so that
// an entity of thousands of plans costs the same to update as one of a few. The caller sends
// here only entities that have their tallies (or no plan yet); the others are summed whole.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
WITH e, row, coalesce(e.kindNames, []) AS names, coalesce(e.kindPlans, []) AS plans,
     CASE WHEN e.planName IS NULL OR size(row.name) > size(e.planName) OR (size(row.name) = size(e.planName) AND row.name < e.planName)
          THEN [row.name, row.pinyin] ELSE [e.planName, e.planPinyin] END AS best
WITH e, row, best, names, plans, [i IN range(0, size(names) - 1) WHERE names[i] = row.kind] AS at
WITH e, row, best,
     CASE WHEN row.kind IS NULL OR size(at) > 0 THEN names ELSE names + row.kind END AS names,
     CASE WHEN row.kind IS NULL THEN plans WHEN size(at) = 0 THEN plans + 1
          ELSE [i IN range(0, size(plans) - 1) | CASE WHEN i = at[0] THEN plans[i] + 1 ELSE plans[i] END] END AS plans
CALL (names, plans) {
  UNWIND range(0, size(names) - 1) AS i
  WITH names[i] AS kind, plans[i] AS count
  ORDER BY count DESC, kind
  RETURN collect(kind) AS kindNames, collect(count) AS kindPlans
}
CALL (e, row) {
  UNWIND coalesce(e.surfaceForms, []) + row.surfaces AS form
  WITH DISTINCT form
  ORDER BY form
  RETURN collect(form) AS surfaceForms
}
SET e.mentionCount = coalesce(e.mentionCount, 0) + row.mentionCount, e.mentioned = true, e.surfaceForms = surfaceForms,
    e.planName = best[0], e.planPinyin = best[1], e.kindNames = kindNames, e.kindPlans = kindPlans
WITH e
CALL (e) {
  SET e.kind = coalesce(e.kindNames[0], e.kind),
      e.name = coalesce(e.curatedName, e.planName, e.name),
      e.pinyin = CASE WHEN e.curatedName IS NULL THEN coalesce(e.planPinyin, e.pinyin) ELSE coalesce(e.curatedPinyin, e.pinyin) END
}
CALL (e) {
  UNWIND [alias IN coalesce(e.staticAliases, []) + e.surfaceForms + coalesce(e.addedAliases, [])
          WHERE alias <> e.name AND NOT alias IN coalesce(e.removedAliases, [])] AS alias
  WITH DISTINCT alias
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET e.aliases = aliases, e.aliasText = reduce(text = '', alias IN aliases | text + ' ' + alias)
