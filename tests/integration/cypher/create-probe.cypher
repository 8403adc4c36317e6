UNWIND $rows AS row
CREATE (p:Probe {id: row.id, name: row.name})
RETURN count(p) AS created
