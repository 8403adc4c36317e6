// Candidates for a search, one branch per way of matching, each answered by an index so that a
// common query does not scan every entity: exact name and name prefix (range index), name,
// alias and pinyin substrings (text indexes), and the cjk full-text index. Each substring branch
// keeps its most mentioned matches, and the type filter applies inside the branches, so that no
// branch crowds out another. Ranking happens in src/api/search.ts, where the rules are written down.
CALL () {
  MATCH (e:Entity) WHERE e.name = $query AND ($types IS NULL OR e.type IN $types)
  RETURN e, 0.0 AS score
  UNION
  MATCH (e:Entity) WHERE e.name STARTS WITH $query AND ($types IS NULL OR e.type IN $types)
  WITH e ORDER BY e.mentionCount DESC LIMIT $perBranch
  RETURN e, 0.0 AS score
  UNION
  MATCH (e:Entity) WHERE e.name CONTAINS $query AND ($types IS NULL OR e.type IN $types)
  WITH e ORDER BY e.mentionCount DESC LIMIT $perBranch
  RETURN e, 0.0 AS score
  UNION
  // aliasText joins the aliases with spaces; the list check keeps a match from spanning two.
  MATCH (e:Entity) WHERE e.aliasText CONTAINS $query AND ($types IS NULL OR e.type IN $types)
    AND any(alias IN e.aliases WHERE alias CONTAINS $query)
  WITH e ORDER BY e.mentionCount DESC LIMIT $perBranch
  RETURN e, 0.0 AS score
  UNION
  // $pinyin is null unless the query is Latin letters: CONTAINS null matches nothing.
  MATCH (e:Entity) WHERE e.pinyin CONTAINS $pinyin AND ($types IS NULL OR e.type IN $types)
  WITH e ORDER BY e.mentionCount DESC LIMIT $perBranch
  RETURN e, 0.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: 100}) YIELD node, score
  WITH node AS e, score WHERE $types IS NULL OR e.type IN $types
  RETURN e, score
}
// A rejected entity (a curator's "not an entity") is hidden, not deleted.
WITH e, max(score) AS score WHERE NOT coalesce(e.rejected, false)
RETURN e {.*, aliasText: null, staticAliases: null, surfaceForms: null, planName: null, planPinyin: null, kindNames: null, kindPlans: null} AS entity, score
