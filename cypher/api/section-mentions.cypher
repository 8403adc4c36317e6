// The mentions in each section, in reading order, with a window of text around each for its snippet.
UNWIND $ids AS id
MATCH (s:Section {id: id})-[m:MENTIONS]->(e:Entity)
RETURN id AS sectionId, m {.start, .end, .sourceStart, .sourceEnd, .surface, .ruleId, .nestedIn} AS mention, e.id AS entityId,
       substring(s.text, CASE WHEN m.start < 80 THEN 0 ELSE m.start - 80 END, 160 + m.end - m.start) AS window,
       CASE WHEN m.start < 80 THEN 0 ELSE m.start - 80 END AS windowStart
ORDER BY m.start, m.end
