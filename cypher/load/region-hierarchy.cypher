UNWIND $rows AS row
MATCH (child:Region {id: row.id})
MATCH (parent:Region {code: row.parentCode})
MERGE (child)-[:PART_OF {source: 'gazetteer'}]->(parent)
