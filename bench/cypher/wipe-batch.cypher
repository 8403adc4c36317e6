// Bench only: empties the database in bounded transactions (the schema stays).
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
