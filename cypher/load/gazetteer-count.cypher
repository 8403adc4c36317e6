MATCH (r:Region {gazetteer: true}) RETURN count(r) AS regions
