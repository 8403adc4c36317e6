UNWIND $ids AS id
MATCH (p:Plan {id: id}) WHERE p.version IS NOT NULL
RETURN p {.id, .title, .kind, .regionCode, .regionName, .periodStart, .periodEnd, .issuedOn, .draft, .speaker, .speakerOffice,
          .sha256, .sourceFile, .format, .encoding, .pageCount, .repetitionCopies, .version, .sectionCount} AS plan
