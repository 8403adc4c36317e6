// Derived fields of the entities a load touched, summed over the plans' REFERS_TO summaries (one
// per plan, where a province has tens of thousands of mentions in a large corpus): how often and
// by which forms they are mentioned, the name shown and a policy's kind. Entities no plan mentions
// any more are removed; gazetteer regions stay. Used where plans went away (a replaced or removed
// plan, a curation); a plan added to the graph updates the same fields from its own summaries
// (refresh-entities-added.cypher), so that an entity of thousands of plans is not summed again
// for each new one. The tallies both keep: surfaceForms (every form its plans write it in),
// planName/planPinyin (the longest name its plans give it, the first in code-point order among
// equals), kindNames/kindPlans (each kind its plans read it as, with how many, most first).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)<-[r:REFERS_TO]-(:Plan)
WITH e, sum(coalesce(r.mentionCount, 0)) AS mentions, collect(r.surfaces) AS surfaceLists,
     collect(CASE WHEN r.name IS NULL THEN null ELSE [r.name, r.pinyin] END) AS named, collect(r.kind) AS kinds
CALL (kinds) {
  UNWIND kinds AS kind
  WITH kind, count(*) AS plans
  ORDER BY plans DESC, kind
  RETURN collect(kind) AS kindNames, collect(plans) AS kindPlans
}
CALL (surfaceLists) {
  UNWIND surfaceLists AS forms
  UNWIND forms AS form
  WITH DISTINCT form
  ORDER BY form
  RETURN collect(form) AS surfaceForms
}
WITH e, mentions, kindNames, kindPlans, surfaceForms,
     reduce(best = null, n IN named | CASE WHEN best IS NULL OR size(n[0]) > size(best[0]) OR (size(n[0]) = size(best[0]) AND n[0] < best[0]) THEN n ELSE best END) AS best
SET e.mentionCount = mentions, e.mentioned = mentions > 0, e.surfaceForms = surfaceForms,
    e.planName = best[0], e.planPinyin = best[1], e.kindNames = kindNames, e.kindPlans = kindPlans
WITH e, mentions
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
WITH e, mentions WHERE mentions = 0 AND coalesce(e.gazetteer, false) = false
DETACH DELETE e
