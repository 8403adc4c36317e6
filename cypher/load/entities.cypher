// Entities are shared by every plan that names them: MERGE by canonical id; the type label is
// set with FOREACH because labels cannot be parameters, and the others removed (a curator may
// retype an entity). The curated columns are written every time, so a reverted curation leaves
// nothing behind.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.mentionCount = 0, e.aliases = [], e.aliasText = '', e.surfaceForms = [], e.kindNames = [], e.kindPlans = []
SET e.type = row.type, e.name = row.name, e.pinyin = row.pinyin, e += row.props,
    e.curatedName = row.curatedName, e.curatedPinyin = row.curatedPinyin, e.rejected = row.rejected, e.addedAliases = row.addedAliases, e.removedAliases = row.removedAliases,
    e.staticAliases = reduce(acc = coalesce(e.staticAliases, []), alias IN row.staticAliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
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
