// The newest statements of several speakers at once, at most $limit each (first page of
// Person.statements inside a list of people: one statement for all of them, not one each), whole.
// Up to 21 come from the list each speaker keeps (ingest/updateLatestStatements); a longer page
// sorts the speaker's statements.
UNWIND $ids AS id
CALL (id) {
  MATCH (sp:Entity {id: id})
  WHERE $limit <= 21 AND sp.latestStatementIds IS NOT NULL
  UNWIND sp.latestStatementIds[..$limit] AS statementId
  MATCH (s:Statement {id: statementId})
  RETURN s
  UNION ALL
  MATCH (sp:Entity {id: id})
  WHERE NOT ($limit <= 21 AND sp.latestStatementIds IS NOT NULL)
  MATCH (sp)<-[:SAID_BY]-(s:Statement)
  WITH s ORDER BY s.newestFirst, s.id LIMIT $limit
  RETURN s
}
WITH id, s, s.newestFirst AS sortKey
ORDER BY sortKey, s.id
RETURN id AS key, { id: s.id, sortKey: sortKey } AS row,
// @include statement/_row
AS statement
