// The merges and splits that may have moved these ids: the records that name them (a merged-away
// id is no node any more; a client may still hold it).
UNWIND $ids AS id
MATCH (c:Curation) WHERE id IN c.entityIds AND c.kind IN ['MERGE', 'SPLIT', 'REVERT']
RETURN DISTINCT c.id AS id, c.seq AS seq, c.author AS author, c.at AS at, c.reason AS reason, c.change AS change
