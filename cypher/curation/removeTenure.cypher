// Removes a tenure for good: it stays as REMOVED_HELD (origin CURATED), out of every answer, so
// that ingestion and reference data do not bring it back.
MATCH (p:Person)-[h:HELD {id: $id}]->(o:Office)
CREATE (p)-[removed:REMOVED_HELD]->(o)
SET removed = properties(h), removed.origin = 'CURATED', removed.version = h.version + 1, removed.removedAt = datetime()
DELETE h
RETURN removed.id AS id
