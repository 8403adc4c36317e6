// A shortest path that may also pass through sections that mention two entities together
// (used when the stated relationships do not connect them). Sections count as half a hop.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[:LOCATED_IN|COVERS|PART_OF|BUILT_BY|IN_PARK|IN_ZONE|MENTIONS]-{1,24}(b)
WHERE length(p) <= 2 * $maxLength
RETURN [n IN nodes(p) | CASE WHEN n:Section THEN n {.id, .planId, .title, type: 'SECTION'} ELSE n {.id, .name, .type, .mentionCount} END] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id,
         evidence: CASE WHEN type(r) = 'MENTIONS' THEN [r {.planId, sectionId: startNode(r).id, .start, .end, .sourceStart, .sourceEnd, .ruleId}]
                        WHEN r.planId IS NULL THEN [] ELSE [r {.planId, .sectionId, .start, .end, .sourceStart, .sourceEnd, .ruleId}] END}] AS edges
