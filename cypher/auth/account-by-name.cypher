// One account, to refuse a second of the same name and to check one exists.
MATCH (a:Account {name: $name})
RETURN a.name AS name, a.role AS role
