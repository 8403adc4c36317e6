UNWIND $ids AS id
MATCH (s:Section {id: id})
MATCH (p:Plan {id: s.planId}) WHERE p.version = s.version
RETURN s {.id, .planId, .ordinal, .kind, .title, .path, .depth, .text, .sourceStart, .sourceEnd, .pageFirst, .pageLast} AS section
