// Marks a plan as loading a new version. The version readers see (p.version) is unchanged
// until plan-commit, so readers never see half a plan.
MERGE (p:Plan {id: $plan.id})
ON CREATE SET p.version = null, p.title = $plan.title
SET p.status = 'loading', p.loadingVersion = $plan.version, p.loadingSince = datetime()
