// Speakers keep the ids of their 21 newest statements (ingest/updateLatestStatements maintains
// them); this fills them in for speakers written before.
MATCH (sp:Entity) WHERE sp.latestStatementIds IS NULL AND EXISTS { (sp)<-[:SAID_BY]-(:Statement) }
CALL (sp) {
  CALL (sp) {
    MATCH (sp)<-[:SAID_BY]-(s:Statement)
    WITH s ORDER BY s.newestFirst, s.id LIMIT 21
    RETURN collect(s.id) AS latest
  }
  SET sp.latestStatementIds = latest
} IN TRANSACTIONS OF 1000 ROWS
