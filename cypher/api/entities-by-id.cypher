UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.*, pinyin: null, aliasText: null, staticAliases: null, surfaceForms: null, planName: null, planPinyin: null, kindNames: null, kindPlans: null} AS entity
