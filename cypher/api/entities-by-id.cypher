UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.*, pinyin: null, aliasText: null, staticAliases: null} AS entity
