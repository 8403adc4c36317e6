// Curation records by id (what a REVERT undid, to say it in words).
UNWIND $ids AS id
MATCH (c:Curation {id: id})
RETURN c.id AS id, c.seq AS seq, c.author AS author, c.at AS at, c.reason AS reason, c.change AS change, c.entityIds AS entityIds
