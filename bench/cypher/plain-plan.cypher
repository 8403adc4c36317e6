// Bench baseline: the plan node, written plainly.
CREATE (p:Plan)
SET p = $plan, p.status = 'complete'
