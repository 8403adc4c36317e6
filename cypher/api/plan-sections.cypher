// The visible version's sections of each plan, in reading order.
UNWIND $ids AS id
MATCH (p:Plan {id: id}) WHERE p.version IS NOT NULL
MATCH (s:Section {planId: id, version: p.version})
RETURN id AS planId, s {.id, .planId, .ordinal, .kind, .title, .path, .depth, .text, .sourceStart, .sourceEnd, .pageFirst, .pageLast} AS section
ORDER BY s.ordinal
