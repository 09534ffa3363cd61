// Several edits of one transaction at once (a bulk ingest's articles, one edit each), numbered in
// list order from the one counter recordEdit.cypher uses, under the same lock: as if each were
// recorded by recordEdit.cypher in turn at the end of the transaction.
MERGE (c:Sequence {name: 'edit'})
WITH c, coalesce(c.value, 0) AS base
SET c.value = base + size($edits)
WITH base
UNWIND range(0, size($edits) - 1) AS i
WITH base + i + 1 AS sequence, $edits[i] AS edit
CREATE (e:Edit {
  id: 'edit:' + sequence, sequence: sequence, at: datetime(), actor: edit.actor, operation: edit.operation, reason: edit.reason,
  before: edit.before, after: edit.after, entityIds: edit.entityIds, statementIds: edit.statementIds, articleIds: edit.articleIds
})
WITH e, edit
CALL (e, edit) {
  UNWIND edit.entityIds AS id
  OPTIONAL MATCH (n:Entity {id: id})
  OPTIONAL MATCH (m:Merged {id: id})
  WITH coalesce(n, m) AS n WHERE n IS NOT NULL
  MERGE (e)-[:CHANGED]->(n)
}
CALL (e, edit) {
  UNWIND edit.statementIds AS id
  OPTIONAL MATCH (n:Statement {id: id})
  OPTIONAL MATCH (m:ArchivedStatement {id: id})
  WITH coalesce(n, m) AS n WHERE n IS NOT NULL
  MERGE (e)-[:CHANGED]->(n)
}
CALL (e, edit) {
  UNWIND edit.articleIds AS id
  MATCH (n:Article {id: id})
  MERGE (e)-[:CHANGED]->(n)
}
RETURN count(e) AS recorded
