// One curation record. `entityIds` repeats the ids its change names, so that the audit log of
// one entity is a filter; `change` is the JSON of the change (src/model/curation.ts).
CREATE (c:Curation {id: $record.id, seq: $record.seq, kind: $record.kind, author: $record.author, at: $record.at,
  reason: $record.reason, change: $record.change, entityIds: $record.entityIds})
RETURN c.id AS id
