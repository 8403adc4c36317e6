// Which of these ids the rules still produce in some plan (a mention's raw entity) or that
// exist as entities: a record naming none of them is orphaned.
UNWIND $ids AS id
WITH id WHERE EXISTS { MATCH ()-[:MENTIONS {rawEntityId: id}]->() } OR EXISTS { MATCH (:Entity {id: id}) }
RETURN collect(id) AS ids
