// The newest statements of several speakers at once, at most $limit each (first page of
// Person.statements inside a list of people: one statement for all of them, not one each), whole.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[:SAID_BY]-(s:Statement)
  WITH s, s.newestFirst AS sortKey
  ORDER BY sortKey, s.id
  LIMIT $limit
  RETURN s, sortKey
}
RETURN id AS key, { id: s.id, sortKey: sortKey } AS row,
// @include statement/_row
AS statement
