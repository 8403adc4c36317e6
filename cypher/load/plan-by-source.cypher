// A complete plan built from these very bytes, under this file name, by this pipeline: a file
// without a manifest entry is found unchanged here before it is read and built (its plan id comes
// from its text, so only building it would name the plan).
MATCH (p:Plan {sha256: $sha256})
WHERE p.status = 'complete' AND p.pipeline = $pipeline AND p.sourceFile = $sourceFile
RETURN p.id AS id
ORDER BY id
LIMIT 1
