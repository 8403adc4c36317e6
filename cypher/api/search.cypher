// Candidates for a search: names, aliases and pinyin by substring, and the cjk full-text index.
// Ranking happens in src/api/search.ts, where the rules are written down.
CALL () {
  MATCH (e:Entity)
  WHERE e.name CONTAINS $query OR any(alias IN e.aliases WHERE alias CONTAINS $query)
     OR ($pinyin <> '' AND e.pinyin CONTAINS $pinyin)
  RETURN e, 0.0 AS score
  LIMIT 500
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: 100}) YIELD node, score
  RETURN node AS e, score
}
WITH e, max(score) AS score
WHERE ($types IS NULL OR e.type IN $types)
RETURN e {.*, aliasText: null, staticAliases: null} AS entity, score
