// Withdraws an article: its occurrences become RETRACTED_IN (kept, so that it can be restored), and
// statements no standing article reports any more become :ArchivedStatement, out of every answer.
// Returns the statements it reported and their speakers, whose lists of newest statements change.
MATCH (a:Article {id: $id})
SET a.retractedAt = datetime(), a.retractionReason = $reason, a.version = a.version + 1
WITH a
CALL (a) {
  OPTIONAL MATCH (s:Statement)-[r:REPORTED_IN]->(a)
  WITH s, r WHERE r IS NOT NULL
  CREATE (s)-[kept:RETRACTED_IN]->(a)
  SET kept = properties(r)
  DELETE r
  RETURN collect(DISTINCT s) AS statements
}
WITH a, statements, [s IN statements WHERE NOT EXISTS { (s)-[:REPORTED_IN]->() }] AS gone,
     COLLECT { UNWIND statements AS s MATCH (s)-[:SAID_BY]->(sp:Entity) RETURN DISTINCT sp.id } AS speakerIds
FOREACH (s IN gone | REMOVE s:Statement SET s:ArchivedStatement)
RETURN [s IN statements | s.id] AS statementIds, size(gone) AS affected, speakerIds
