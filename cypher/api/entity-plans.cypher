// The complete plans that mention each entity, in date order, from the plans' REFERS_TO summaries.
UNWIND $ids AS id
MATCH (e:Entity {id: id})<-[r:REFERS_TO]-(p:Plan)
WHERE r.version = p.version
RETURN id AS entityId, p {.id, .title, .kind, .regionCode, .regionName, .periodStart, .periodEnd, .issuedOn, .draft, .speaker, .speakerOffice,
          .sha256, .sourceFile, .format, .encoding, .pageCount, .repetitionCopies, .version, .sectionCount} AS plan, r.mentionCount AS mentions
ORDER BY coalesce(p.issuedOn, toString(p.periodStart)), p.id
