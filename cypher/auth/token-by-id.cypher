// What a request's token is checked against, read afresh on every request so that a revoke takes
// effect at once. accountRole is null when the account was removed.
MATCH (t:Token {id: $id})
OPTIONAL MATCH (a:Account)-[:HAS_TOKEN]->(t)
RETURN t.id AS id, t.hash AS hash, t.salt AS salt, t.role AS tokenRole, t.account AS account, a.role AS accountRole,
       t.expiresAt AS expiresAt, t.revokedAt AS revokedAt
