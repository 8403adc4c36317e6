// The complete plans that mention an entity, in date order, a page of them at a time, each with
// how often it mentions the entity and its first $perPlan mentions in reading order: one round
// trip. Plans come from the REFERS_TO summaries (one per plan) and each plan's mentions from
// the mentions_entity_plan index, so a page costs the same however many plans mention the entity.
// Each mention comes with $reach characters of section text either side, for its snippet.
MATCH (e:Entity {id: $id})<-[r:REFERS_TO]-(p:Plan)
WHERE r.version = p.version AND ($planId IS NULL OR p.id = $planId)
WITH e, p, r.mentionCount AS mentionCount, coalesce(p.issuedOn, toString(p.periodStart)) AS issued
ORDER BY issued, p.id
SKIP $offset LIMIT $first
CALL (e, p) {
  MATCH (s:Section)-[m:MENTIONS]->(e)
  USING INDEX m:MENTIONS(entityId, planId, version)
  WHERE m.entityId = e.id AND m.planId = p.id AND m.version = p.version
  WITH s, m ORDER BY s.ordinal, m.start LIMIT $perPlan
  RETURN collect({
    section: s {.id, .planId, .ordinal, .kind, .title, .path, .depth, .sourceStart, .sourceEnd, .pageFirst, .pageLast},
    mention: m {.start, .end, .sourceStart, .sourceEnd, .surface, .ruleId, .nestedIn, .page, .stage, .stageCue, .stageRule, .figures},
    entityId: e.id,
    window: substring(s.text, CASE WHEN m.start < $reach THEN 0 ELSE m.start - $reach END, 2 * $reach + m.end - m.start),
    windowStart: CASE WHEN m.start < $reach THEN 0 ELSE m.start - $reach END
  }) AS mentions
}
RETURN p {.id, .title, .kind, .regionCode, .regionName, .periodStart, .periodEnd, .issuedOn, .draft, .speaker, .speakerOffice,
          .sha256, .sourceFile, .format, .encoding, .pageCount, .repetitionCopies, .version, .sectionCount} AS plan, mentionCount, mentions
ORDER BY issued, plan.id
