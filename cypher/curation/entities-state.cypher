// What a curation needs to know of entities before it is made: do they exist, of which type,
// under which name.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id, e.type AS type, e.name AS name, e.aliases AS aliases
