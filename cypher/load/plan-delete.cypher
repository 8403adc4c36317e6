// The plan node itself, once its versions are discarded (remove, or a first load that failed).
MATCH (p:Plan {id: $id})
DETACH DELETE p
