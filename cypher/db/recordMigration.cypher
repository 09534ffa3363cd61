// Records that a migration has been applied, once.
MERGE (m:Migration {name: $name})
ON CREATE SET m.appliedAt = datetime()
RETURN m.name AS name
