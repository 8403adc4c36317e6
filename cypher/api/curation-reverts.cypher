// Every REVERT: which records are undone (a revert may itself be undone).
MATCH (r:Curation {kind: 'REVERT'})
RETURN r.id AS id, r.seq AS seq, r.change AS change
