// Curation records (docs/curation.md): one per id, read in the order they apply.
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (n:Curation) REQUIRE n.id IS UNIQUE;
CREATE INDEX curation_seq IF NOT EXISTS FOR (n:Curation) ON (n.seq);
// Whether the rules still produce an entity a record names (else the record is orphaned), and
// which plans a merge or split of it touches.
CREATE INDEX mentions_raw_entity IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.rawEntityId);
