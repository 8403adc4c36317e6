// Removes an account and revokes its tokens. The tokens stay (revoked, naming the account) for
// the record; a new account of the same name does not inherit them.
MATCH (a:Account {name: $name})
OPTIONAL MATCH (a)-[:HAS_TOKEN]->(t:Token)
SET t.revokedAt = coalesce(t.revokedAt, $now)
WITH a, count(t) AS tokens
DETACH DELETE a
RETURN tokens
