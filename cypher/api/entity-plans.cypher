// The complete plans that mention each entity, in date order.
UNWIND $ids AS id
MATCH (e:Entity {id: id})<-[m:MENTIONS]-(:Section)
WITH id, m.planId AS planId, m.version AS version, count(m) AS mentions
MATCH (p:Plan {id: planId}) WHERE p.version = version
RETURN id AS entityId, p {.id, .title, .kind, .regionCode, .regionName, .periodStart, .periodEnd, .issuedOn, .draft,
          .sha256, .sourceFile, .encoding, .repetitionCopies, .version, .sectionCount} AS plan, mentions
ORDER BY coalesce(p.issuedOn, toString(p.periodStart)), p.id
