// The indexes of the database with their kind and state (constraints own an index each).
SHOW INDEXES YIELD name, type, state, owningConstraint
RETURN name, type, state, owningConstraint IS NOT NULL AS constraint
ORDER BY name
