// Takes the write lock of a tenure before reading it (see lockEntities).
MATCH (p:Person)-[h:HELD {id: $id}]->(o:Office)
SET h.version = coalesce(h.version, 1)
RETURN h.version AS version, p.id AS personId, o.id AS officeId
