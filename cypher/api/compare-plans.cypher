// Two plans side by side: the entities only A mentions, only B mentions, and both mention, each
// with the stage each plan names for it (from the REFERS_TO summaries), filtered by type and by
// region (the region, what lies below it, what is located in either), most mentioned first; a
// page of each list from $offset.
MATCH (p:Plan)-[r:REFERS_TO]->(e:Entity)
WHERE p.id IN [$a, $b] AND r.version = p.version
  AND ($types IS NULL OR e.type IN $types) AND NOT coalesce(e.rejected, false)
  AND ($regionId IS NULL OR EXISTS { MATCH (e)-[:LOCATED_IN|PART_OF]->{0,8}(:Region {id: $regionId}) })
WITH e, collect({plan: p.id, stage: r.stage}) AS refs
WITH e, [x IN refs WHERE x.plan = $a] AS inA, [x IN refs WHERE x.plan = $b] AS inB
WITH e, inA, inB, CASE WHEN size(inA) > 0 AND size(inB) > 0 THEN 'both' WHEN size(inA) > 0 THEN 'onlyA' ELSE 'onlyB' END AS side
ORDER BY e.mentionCount DESC, e.id
WITH side, collect({entity: e {.*, pinyin: null, aliasText: null, staticAliases: null, surfaceForms: null, planName: null, planPinyin: null, kindNames: null, kindPlans: null}, stageA: inA[0].stage, stageB: inB[0].stage}) AS items
RETURN side, size(items) AS total, items[$offset..$offset + $first] AS page
