// The mentions in each section, in reading order, with a window of text around each for its
// snippet: $reach characters either side (src/api/snippet.ts).
UNWIND $ids AS id
MATCH (s:Section {id: id})-[m:MENTIONS]->(e:Entity)
WHERE NOT coalesce(e.rejected, false)
RETURN id AS sectionId, m {.start, .end, .sourceStart, .sourceEnd, .surface, .ruleId, .nestedIn, .page, .stage, .stageCue, .stageRule, .figures} AS mention, e.id AS entityId,
       substring(s.text, CASE WHEN m.start < $reach THEN 0 ELSE m.start - $reach END, 2 * $reach + m.end - m.start) AS window,
       CASE WHEN m.start < $reach THEN 0 ELSE m.start - $reach END AS windowStart
ORDER BY m.start, m.end
