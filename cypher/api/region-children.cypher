UNWIND $ids AS id
MATCH (c:Region)-[:PART_OF]->(:Region {id: id})
RETURN id AS regionId, c {.*, pinyin: null, aliasText: null, staticAliases: null, surfaceForms: null, planName: null, planPinyin: null, kindNames: null, kindPlans: null} AS child
ORDER BY c.code
