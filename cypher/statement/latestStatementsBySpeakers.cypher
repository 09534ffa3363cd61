// The newest statements of several speakers at once, at most $limit each (first page of
// Person.statements inside a list of people: one statement for all of them, not one each).
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[:SAID_BY]-(s:Statement)
  WITH s, (CASE WHEN s.saidOnDay IS NULL THEN 100000000 ELSE -s.saidOnDay END) * 10000000 + coalesce(s.position, 0) AS sortKey
  ORDER BY sortKey, s.id
  LIMIT $limit
  RETURN s.id AS statementId, sortKey
}
RETURN id AS key, { id: statementId, sortKey: sortKey } AS row
