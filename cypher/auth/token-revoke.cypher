// Revokes a token; revoking it again keeps the first time. The token stays, for the record.
MATCH (t:Token {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, $now)
RETURN t.id AS id, t.account AS account, t.revokedAt AS revokedAt
