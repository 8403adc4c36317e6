// Every plan with a complete version, by issue date. `source` stays in the database.
MATCH (p:Plan) WHERE p.version IS NOT NULL
RETURN p {.id, .title, .kind, .regionCode, .regionName, .periodStart, .periodEnd, .issuedOn, .draft, .speaker, .speakerOffice,
          .sha256, .sourceFile, .format, .encoding, .pageCount, .repetitionCopies, .version, .sectionCount} AS plan
ORDER BY coalesce(p.issuedOn, toString(p.periodStart)), p.id
