// Derived fields of the entities a load touched: how often and by which forms they are
// mentioned, summed over the plans' REFERS_TO summaries (one per plan, where a province has
// tens of thousands of mentions in a large corpus). Entities no plan mentions any more are
// removed; gazetteer regions stay. The name shown is the longest its plans give it (the first in
// code-point order among equals), so that it does not depend on the order plans were loaded in,
// unless a curator named it; a curator's added aliases join the forms, removed ones leave them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)<-[r:REFERS_TO]-(:Plan)
WITH e, sum(coalesce(r.mentionCount, 0)) AS mentions, collect(r.surfaces) AS surfaceLists,
     collect(CASE WHEN r.name IS NULL THEN null ELSE [r.name, r.pinyin] END) AS named, collect(r.kind) AS kinds
// A policy's kind as most of its plans read it (the first in code-point order among equals),
// whatever order the plans were loaded or curated in.
CALL (kinds) {
  UNWIND kinds AS kind
  WITH kind, count(*) AS plans
  ORDER BY plans DESC, kind
  RETURN collect(kind)[0] AS kind
}
SET e.kind = coalesce(kind, e.kind)
WITH e, mentions, surfaceLists, named,
     reduce(best = null, n IN named | CASE WHEN best IS NULL OR size(n[0]) > size(best[0]) OR (size(n[0]) = size(best[0]) AND n[0] < best[0]) THEN n ELSE best END) AS best
SET e.name = coalesce(e.curatedName, best[0], e.name), e.pinyin = CASE WHEN e.curatedName IS NULL THEN coalesce(best[1], e.pinyin) ELSE coalesce(e.curatedPinyin, e.pinyin) END
WITH e, mentions, reduce(flat = [], forms IN surfaceLists | flat + forms) AS surfaces
CALL (e, surfaces) {
  UNWIND [alias IN coalesce(e.staticAliases, []) + surfaces + coalesce(e.addedAliases, [])
          WHERE alias <> e.name AND NOT alias IN coalesce(e.removedAliases, [])] AS alias
  WITH DISTINCT alias
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET e.mentionCount = mentions, e.aliases = aliases, e.aliasText = reduce(text = '', alias IN aliases | text + ' ' + alias),
    e.mentioned = mentions > 0
WITH e, mentions WHERE mentions = 0 AND coalesce(e.gazetteer, false) = false
DETACH DELETE e
