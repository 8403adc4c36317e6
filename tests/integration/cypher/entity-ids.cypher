// Test only: every entity's id, for a refresh of all of them.
MATCH (e:Entity) RETURN e.id AS id ORDER BY id
