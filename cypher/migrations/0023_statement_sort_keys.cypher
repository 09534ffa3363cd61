// Statements carry their place in both list orders (ingest/mergeStatements writes them), so a list
// sorts on one stored number instead of computing it from two properties a row; this fills them
// in for statements written before.
MATCH (s:Statement) WHERE s.newestFirst IS NULL OR s.oldestFirst IS NULL
CALL (s) {
  SET s.newestFirst = (CASE WHEN s.saidOnDay IS NULL THEN 100000000 ELSE -s.saidOnDay END) * 10000000 + coalesce(s.position, 0),
      s.oldestFirst = (CASE WHEN s.saidOnDay IS NULL THEN 100000000 ELSE s.saidOnDay END) * 10000000 + coalesce(s.position, 0)
} IN TRANSACTIONS OF 10000 ROWS
