// A shortest path over the relationships the plans state (and the gazetteer's hierarchy).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[:LOCATED_IN|COVERS|PART_OF|BUILT_BY|IN_PARK|IN_ZONE]-{1,12}(b)
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p) | n {.id, .name, .type, .mentionCount}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id,
         evidence: CASE WHEN r.planId IS NULL THEN [] ELSE [r {.planId, .sectionId, .start, .end, .sourceStart, .sourceEnd, .ruleId}] END}] AS edges
