// A page of the audit log, newest first: every curation, or those about one entity, by one
// author, made since a time. $before is the seq the previous page ended at (null: the newest).
MATCH (c:Curation)
WHERE ($entityId IS NULL OR $entityId IN c.entityIds)
  AND ($author IS NULL OR c.author = $author)
  AND ($since IS NULL OR c.at >= $since)
  AND ($before IS NULL OR c.seq < $before)
RETURN c.id AS id, c.seq AS seq, c.author AS author, c.at AS at, c.reason AS reason, c.change AS change, c.entityIds AS entityIds
ORDER BY c.seq DESC
LIMIT $limit
