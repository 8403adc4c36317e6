// An entity by exact name or alias (for `plangraph trace "<name>"`), most mentioned first.
MATCH (e:Entity)
WHERE (e.name = $name OR $name IN e.aliases OR e.id = $name) AND NOT coalesce(e.rejected, false)
RETURN e.id AS id, e.name AS name, e.type AS type, e.mentionCount AS mentionCount
ORDER BY CASE WHEN e.name = $name THEN 0 ELSE 1 END, e.mentionCount DESC, e.id
LIMIT 10
