// Takes the write lock of an article before reading its version and retraction (see lockEntities).
MATCH (a:Article {id: $id})
SET a.version = coalesce(a.version, 1)
RETURN a.version AS version, toString(a.retractedAt) AS retractedAt
