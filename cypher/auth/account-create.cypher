// A new account (the account_name constraint refuses a name taken meanwhile). Times are ISO 8601 UTC.
CREATE (a:Account {name: $name, role: $role, createdAt: $now})
RETURN a.name AS name, a.role AS role
