// Bench baseline: entities (deduplicated across plans beforehand) by plain CREATE.
UNWIND $rows AS row
CREATE (e:Entity)
SET e.id = row.id, e.type = row.type, e.name = row.name, e.pinyin = row.pinyin, e += row.props,
    e.staticAliases = row.staticAliases
FOREACH (_ IN CASE WHEN row.type = 'REGION' THEN [1] ELSE [] END | SET e:Region)
FOREACH (_ IN CASE WHEN row.type = 'ZONE' THEN [1] ELSE [] END | SET e:Zone)
FOREACH (_ IN CASE WHEN row.type = 'PARK' THEN [1] ELSE [] END | SET e:Park)
FOREACH (_ IN CASE WHEN row.type = 'ENTERPRISE' THEN [1] ELSE [] END | SET e:Enterprise)
FOREACH (_ IN CASE WHEN row.type = 'PROJECT' THEN [1] ELSE [] END | SET e:Project)
FOREACH (_ IN CASE WHEN row.type = 'POLICY' THEN [1] ELSE [] END | SET e:Policy)
