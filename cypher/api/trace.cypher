// Every complete plan that mentions an entity, in date order, with each mention: one round trip.
MATCH (e:Entity {id: $id})<-[m:MENTIONS]-(s:Section)
MATCH (p:Plan {id: m.planId}) WHERE p.version = m.version
WITH p, s, m, e
ORDER BY s.ordinal, m.start
WITH p, collect({
  section: s {.id, .planId, .ordinal, .kind, .title, .path, .depth, .sourceStart, .sourceEnd},
  mention: m {.start, .end, .sourceStart, .sourceEnd, .surface, .ruleId},
  entityId: e.id,
  window: substring(s.text, CASE WHEN m.start < 80 THEN 0 ELSE m.start - 80 END, 160 + m.end - m.start),
  windowStart: CASE WHEN m.start < 80 THEN 0 ELSE m.start - 80 END
}) AS mentions
RETURN p {.id, .title, .kind, .regionCode, .regionName, .periodStart, .periodEnd, .issuedOn, .draft,
          .sha256, .sourceFile, .encoding, .repetitionCopies, .version, .sectionCount} AS plan, mentions
ORDER BY coalesce(p.issuedOn, toString(p.periodStart)), p.id
