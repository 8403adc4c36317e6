// What a test checks of an entity after curations.
OPTIONAL MATCH (e:Entity {id: $id})
RETURN e IS NOT NULL AS exists, e.name AS name, e.type AS type, e.mentionCount AS mentionCount, e.aliases AS aliases,
       coalesce(e.rejected, false) AS rejected, [label IN labels(e) WHERE label <> 'Entity'] AS labels
