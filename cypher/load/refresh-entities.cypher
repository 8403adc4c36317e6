// Derived fields of the entities a load touched: how often and by which forms they are
// mentioned, summed over the plans' REFERS_TO summaries (one per plan, where a province has
// tens of thousands of mentions in a large corpus). Entities no plan mentions any more are
// removed; gazetteer regions stay. The name shown is the longest its plans give it (the first in
// code-point order among equals), so that it does not depend on the order plans were loaded in.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)<-[r:REFERS_TO]-(:Plan)
WITH e, sum(coalesce(r.mentionCount, 0)) AS mentions, collect(r.surfaces) AS surfaceLists,
     collect(CASE WHEN r.name IS NULL THEN null ELSE [r.name, r.pinyin] END) AS named
WITH e, mentions, surfaceLists,
     reduce(best = null, n IN named | CASE WHEN best IS NULL OR size(n[0]) > size(best[0]) OR (size(n[0]) = size(best[0]) AND n[0] < best[0]) THEN n ELSE best END) AS best
SET e.name = coalesce(best[0], e.name), e.pinyin = coalesce(best[1], e.pinyin)
WITH e, mentions, reduce(flat = [], forms IN surfaceLists | flat + forms) AS surfaces
CALL (e, surfaces) {
  UNWIND [alias IN coalesce(e.staticAliases, []) + surfaces WHERE alias <> e.name] AS alias
  WITH DISTINCT alias
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET e.mentionCount = mentions, e.aliases = aliases, e.aliasText = reduce(text = '', alias IN aliases | text + ' ' + alias),
    e.mentioned = mentions > 0
WITH e, mentions WHERE mentions = 0 AND coalesce(e.gazetteer, false) = false
DETACH DELETE e
