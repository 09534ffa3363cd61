// The newest statements of several speakers at once, at most $latest each (first page of
// Person.statements inside a list of people: one statement for all of them, not one each), whole.
UNWIND $ids AS id
MATCH (speaker:Entity {id: id})
UNWIND
// @include statement/_latestOf
AS s
RETURN id AS key, { id: s.id, sortKey: s.newestFirst } AS row,
// @include statement/_row
AS statement
