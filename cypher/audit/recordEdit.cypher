// One write to the graph, recorded as the last statement of its transaction: who, when, which
// operation, why, what it changed (before and after, JSON), linked to the nodes it changed. Its
// sequence number comes from one counter, incremented under the counter's lock: edits are numbered
// in the order their transactions commit, so a reader that went up to n has seen all before n.
MERGE (c:Sequence {name: 'edit'})
SET c.value = coalesce(c.value, 0) + 1
WITH c.value AS sequence
CREATE (e:Edit {
  id: 'edit:' + sequence, sequence: sequence, at: datetime(), actor: $actor, operation: $operation, reason: $reason,
  before: $before, after: $after, entityIds: $entityIds, statementIds: $statementIds, articleIds: $articleIds
})
WITH e
CALL (e) {
  UNWIND $entityIds AS id
  OPTIONAL MATCH (n:Entity {id: id})
  OPTIONAL MATCH (m:Merged {id: id})
  WITH coalesce(n, m) AS n WHERE n IS NOT NULL
  MERGE (e)-[:CHANGED]->(n)
}
CALL (e) {
  UNWIND $statementIds AS id
  OPTIONAL MATCH (n:Statement {id: id})
  OPTIONAL MATCH (m:ArchivedStatement {id: id})
  WITH coalesce(n, m) AS n WHERE n IS NOT NULL
  MERGE (e)-[:CHANGED]->(n)
}
CALL (e) {
  UNWIND $articleIds AS id
  MATCH (n:Article {id: id})
  MERGE (e)-[:CHANGED]->(n)
}
RETURN
// @include audit/_edit
AS edit
