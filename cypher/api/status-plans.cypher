MATCH (p:Plan)
RETURN p.id AS id, p.title AS title, p.status AS status, p.version AS version, p.sectionCount AS sections,
       toString(p.loadedAt) AS loadedAt, p.sourceFile AS sourceFile
ORDER BY coalesce(p.issuedOn, toString(p.periodStart)), p.id
