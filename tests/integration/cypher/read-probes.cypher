MATCH (p:Probe) RETURN p.id AS id, p.name AS name ORDER BY p.id
