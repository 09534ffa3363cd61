// The migrations already applied, by name.
MATCH (m:Migration)
RETURN m.name AS name
