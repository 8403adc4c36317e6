// Evidence-carrying relationships are found by the plan that contributed them when a plan is
// replaced or removed.
CREATE INDEX located_in_plan IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.planId, r.version);
CREATE INDEX covers_plan IF NOT EXISTS FOR ()-[r:COVERS]-() ON (r.planId, r.version);
CREATE INDEX part_of_plan IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.planId, r.version);
CREATE INDEX built_by_plan IF NOT EXISTS FOR ()-[r:BUILT_BY]-() ON (r.planId, r.version);
CREATE INDEX in_park_plan IF NOT EXISTS FOR ()-[r:IN_PARK]-() ON (r.planId, r.version);
CREATE INDEX in_zone_plan IF NOT EXISTS FOR ()-[r:IN_ZONE]-() ON (r.planId, r.version);
CREATE INDEX mentions_plan IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.planId, r.version);
CREATE INDEX section_plan_version IF NOT EXISTS FOR (n:Section) ON (n.planId, n.version);
// One entity's mentions in one plan, for a page of its trace.
CREATE INDEX mentions_entity_plan IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.entityId, r.planId, r.version);
// One entity's plan summaries in date order, for a page of its timeline read off the index
// instead of sorting every plan that mentions it (bench/timeline.ts: a hub in 1,055 plans).
CREATE INDEX refers_to_entity_date IF NOT EXISTS FOR ()-[r:REFERS_TO]-() ON (r.entityId, r.sortKey, r.planId);
