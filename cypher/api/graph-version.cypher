// How many changes the graph has seen: the response cache's key (0 before the first).
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN coalesce(g.epoch, 'none') AS epoch, coalesce(g.changes, 0) AS changes
