// The list of newest statements of each speaker, computed again after statements moved between
// speakers or left every answer (see ingest/updateLatestStatements).
UNWIND $ids AS id
MATCH (sp:Entity {id: id})
CALL (sp) {
  OPTIONAL MATCH (sp)<-[:SAID_BY]-(s:Statement)
  WITH s ORDER BY s.newestFirst, s.id LIMIT 21
  RETURN collect(s.id) AS latest
}
SET sp.latestStatementIds = latest
RETURN count(sp) AS refreshed
