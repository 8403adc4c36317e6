// Changes an entity's name without telling anyone (no change counter): what a cache keyed on the
// counter cannot see, so a test can tell a cached answer from a fresh one.
MATCH (e:Entity {id: $id}) SET e.name = $name
