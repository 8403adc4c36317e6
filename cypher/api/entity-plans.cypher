// The complete plans that mention each entity, from the plans' REFERS_TO summaries: how many, and
// the first $first in date order (an entity of a national corpus is in thousands of plans).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)<-[r:REFERS_TO]-(p:Plan)
  WHERE r.version = p.version
  RETURN count(p) AS planCount
}
CALL (e) {
  MATCH (e)<-[r:REFERS_TO]-(p:Plan)
  WHERE r.version = p.version
  WITH p ORDER BY coalesce(p.issuedOn, toString(p.periodStart)), p.id
  LIMIT $first
  RETURN collect(p {.id, .title, .kind, .regionCode, .regionName, .periodStart, .periodEnd, .issuedOn, .draft, .speaker, .speakerOffice,
          .sha256, .sourceFile, .format, .encoding, .pageCount, .repetitionCopies, .version, .sectionCount}) AS plans
}
RETURN id AS entityId, planCount, plans
