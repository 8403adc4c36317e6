// An entity's curated state (src/curate/book.ts): its type (labels follow; labels cannot be
// parameters), and the curated columns that refresh-entities reads. Every column is written, so
// a reverted curation leaves nothing behind.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.type = row.type, e.curatedName = row.curatedName, e.curatedPinyin = row.curatedPinyin, e.rejected = row.rejected,
    e.addedAliases = row.addedAliases, e.removedAliases = row.removedAliases
FOREACH (_ IN CASE WHEN row.type = 'REGION' THEN [1] ELSE [] END | SET e:Region)
FOREACH (_ IN CASE WHEN row.type = 'ZONE' THEN [1] ELSE [] END | SET e:Zone)
FOREACH (_ IN CASE WHEN row.type = 'PARK' THEN [1] ELSE [] END | SET e:Park)
FOREACH (_ IN CASE WHEN row.type = 'ENTERPRISE' THEN [1] ELSE [] END | SET e:Enterprise)
FOREACH (_ IN CASE WHEN row.type = 'PROJECT' THEN [1] ELSE [] END | SET e:Project)
FOREACH (_ IN CASE WHEN row.type = 'POLICY' THEN [1] ELSE [] END | SET e:Policy)
FOREACH (_ IN CASE WHEN row.type <> 'REGION' THEN [1] ELSE [] END | REMOVE e:Region)
FOREACH (_ IN CASE WHEN row.type <> 'ZONE' THEN [1] ELSE [] END | REMOVE e:Zone)
FOREACH (_ IN CASE WHEN row.type <> 'PARK' THEN [1] ELSE [] END | REMOVE e:Park)
FOREACH (_ IN CASE WHEN row.type <> 'ENTERPRISE' THEN [1] ELSE [] END | REMOVE e:Enterprise)
FOREACH (_ IN CASE WHEN row.type <> 'PROJECT' THEN [1] ELSE [] END | REMOVE e:Project)
FOREACH (_ IN CASE WHEN row.type <> 'POLICY' THEN [1] ELSE [] END | REMOVE e:Policy)
