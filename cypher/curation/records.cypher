// Every curation record, in the order they apply.
MATCH (c:Curation)
RETURN c.id AS id, c.seq AS seq, c.author AS author, c.at AS at, c.reason AS reason, c.change AS change
ORDER BY c.seq
