// Entities filtered by type, region (the region itself, what lies below it, and what is
// located in either) and plan; most mentioned first. Offset paging behind opaque cursors.
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types) AND NOT coalesce(e.rejected, false)
  AND (e.mentionCount > 0 OR $regionId IS NOT NULL)
  AND ($regionId IS NULL OR EXISTS { MATCH (e)-[:LOCATED_IN|PART_OF]->{0,8}(:Region {id: $regionId}) })
  AND ($planId IS NULL OR EXISTS {
        MATCH (e)<-[r:REFERS_TO]-(p:Plan {id: $planId}) WHERE r.version = p.version })
WITH e ORDER BY e.mentionCount DESC, e.id
WITH collect(e) AS matched
RETURN size(matched) AS total, [e IN matched[$offset..$offset + $first] | e {.*, pinyin: null, aliasText: null, staticAliases: null, surfaceForms: null, planName: null, planPinyin: null, kindNames: null, kindPlans: null}] AS page
