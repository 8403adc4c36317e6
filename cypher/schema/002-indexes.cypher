// Lookups the API and the loader make by property.
CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX plan_status IF NOT EXISTS FOR (n:Plan) ON (n.status);
// A re-ingest finds a file without a manifest entry unchanged by its bytes' sha256.
CREATE INDEX plan_sha256 IF NOT EXISTS FOR (n:Plan) ON (n.sha256);
CREATE INDEX section_plan IF NOT EXISTS FOR (n:Section) ON (n.planId);
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.name);
// Substring search (CONTAINS) on aliases and pinyin goes through text indexes, not a scan.
CREATE TEXT INDEX entity_alias_text IF NOT EXISTS FOR (n:Entity) ON (n.aliasText);
CREATE TEXT INDEX entity_pinyin_text IF NOT EXISTS FOR (n:Entity) ON (n.pinyin);
