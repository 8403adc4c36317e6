// The relationships curators added (they carry the id of their record), at these entities.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
WHERE r.curationId IS NOT NULL
DELETE r
