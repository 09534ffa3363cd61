// A part, not a statement: the $latest newest statements of `speaker`, newest first. Up to 21 come
// from the ids the speaker keeps (ingest/updateLatestStatements); more are sorted from all of its
// statements.
CASE WHEN $latest <= 21 AND speaker.latestStatementIds IS NOT NULL
  THEN [statementId IN speaker.latestStatementIds[..$latest] | head(COLLECT { MATCH (s:Statement {id: statementId}) RETURN s })]
  ELSE COLLECT { MATCH (speaker)<-[:SAID_BY]-(s:Statement) WITH s ORDER BY s.newestFirst, s.id LIMIT $latest RETURN s }
END
