// A token of an account: only the scrypt hash of its secret and the salt are stored. `role`, when
// set, is less than the account's (a reader's token of a curator); expiresAt null never expires.
MATCH (a:Account {name: $account})
CREATE (a)-[:HAS_TOKEN]->(t:Token {id: $id, hash: $hash, salt: $salt, role: $role, account: a.name, createdAt: $now, expiresAt: $expiresAt})
RETURN t.id AS id, t.expiresAt AS expiresAt
