// Every account with its tokens, oldest token first: never a hash nor a salt.
MATCH (a:Account)
OPTIONAL MATCH (a)-[:HAS_TOKEN]->(t:Token)
WITH a, t ORDER BY t.createdAt, t.id
WITH a, collect(t {.id, .role, .createdAt, .expiresAt, .revokedAt}) AS tokens
RETURN a.name AS name, a.role AS role, a.createdAt AS createdAt, tokens
ORDER BY a.name
