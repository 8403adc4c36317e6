// What each complete plan says of an entity, one point per plan in date order, a page at a time:
// the stage and figures from the plan's REFERS_TO summary (written at load: the most advanced
// stage its passages name) and the passage that decided it, with $reach characters of section
// text either side for its snippet. Reading summaries, not mentions, keeps a page of an entity
// that a thousand plans mention nearly as cheap as one that five do: the refers_to_entity_date
// index gives the summaries in date order (ORDER BY must name r.entityId first for the planner to
// read it in order rather than sort; bench/RESULTS.md, timeline at scale).
MATCH (p:Plan)-[r:REFERS_TO]->(e:Entity)
WHERE r.entityId = $id AND r.sortKey IS NOT NULL AND r.planId IS NOT NULL AND r.version = p.version
WITH e, p, r, r.sortKey AS issued
ORDER BY r.entityId, r.sortKey, r.planId
SKIP $offset LIMIT $first
CALL (e, r) {
  MATCH (s:Section {id: r.passageSectionId})-[m:MENTIONS]->(e)
  WHERE m.start = r.passageStart
  RETURN s, m LIMIT 1
}
RETURN p {.id, .title, .kind, .regionCode, .regionName, .periodStart, .periodEnd, .issuedOn, .draft, .speaker, .speakerOffice,
          .sha256, .sourceFile, .format, .encoding, .pageCount, .repetitionCopies, .version, .sectionCount} AS plan,
       r.mentionCount AS mentionCount, r.stage AS stage, r.stageCue AS stageCue, r.figures AS figures,
       {
         section: s {.id, .planId, .ordinal, .kind, .title, .path, .depth, .sourceStart, .sourceEnd, .pageFirst, .pageLast},
         mention: m {.start, .end, .sourceStart, .sourceEnd, .surface, .ruleId, .nestedIn, .page, .stage, .stageCue, .stageRule, .figures},
         entityId: e.id,
         window: substring(s.text, CASE WHEN m.start < $reach THEN 0 ELSE m.start - $reach END, 2 * $reach + m.end - m.start),
         windowStart: CASE WHEN m.start < $reach THEN 0 ELSE m.start - $reach END
       } AS passage
ORDER BY issued, plan.id
