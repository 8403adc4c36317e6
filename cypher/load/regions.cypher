// The administrative-division gazetteer: loaded once so that places nobody mentions are there
// to navigate.
UNWIND $rows AS row
MERGE (r:Entity {id: row.id})
ON CREATE SET r.mentionCount = 0, r.mentioned = false, r.aliases = row.staticAliases,
              r.surfaceForms = [], r.kindNames = [], r.kindPlans = [],
              r.aliasText = reduce(text = '', alias IN row.staticAliases | text + ' ' + alias)
SET r:Region, r.type = 'REGION', r.name = row.name, r.code = row.code, r.level = row.level,
    r.parentCode = row.parentCode, r.formerNames = row.formerNames, r.staticAliases = row.staticAliases,
    r.pinyin = row.pinyin, r.gazetteer = true
