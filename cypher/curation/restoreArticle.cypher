// Brings a retracted article back: its occurrences are REPORTED_IN again, and the statements kept
// aside because of it are statements again.
MATCH (a:Article {id: $id})
REMOVE a.retractedAt, a.retractionReason
SET a.version = a.version + 1
WITH a
CALL (a) {
  OPTIONAL MATCH (s)-[r:RETRACTED_IN]->(a)
  WITH s, r WHERE r IS NOT NULL
  CREATE (s)-[back:REPORTED_IN]->(a)
  SET back = properties(r)
  DELETE r
  RETURN collect(DISTINCT s) AS statements
}
WITH a, statements, [s IN statements WHERE s:ArchivedStatement] AS back
FOREACH (s IN back | REMOVE s:ArchivedStatement SET s:Statement)
WITH statements, back
RETURN [s IN statements | s.id] AS statementIds, size(back) AS affected,
       COLLECT { UNWIND statements AS s MATCH (s)-[:SAID_BY]->(sp:Entity) RETURN DISTINCT sp.id } AS speakerIds
