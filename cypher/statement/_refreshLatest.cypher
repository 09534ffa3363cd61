// A part, not a statement: computes again the ids of the 21 newest statements of speaker `sp` (see
// ingest/updateLatestStatements), after statements left it or left every answer.
CALL (sp) {
  OPTIONAL MATCH (sp)<-[:SAID_BY]-(s:Statement)
  WITH s ORDER BY s.newestFirst, s.id LIMIT 21
  RETURN collect(s.id) AS latest, collect(s.newestFirst) AS latestKeys
}
SET sp.latestStatementIds = latest, sp.latestStatementKeys = latestKeys
