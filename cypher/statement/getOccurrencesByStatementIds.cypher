// Every report of each statement, with the exact span and the words at it.
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[r:REPORTED_IN]->(a:Article)
RETURN s.id AS key,
// @include statement/_occurrence
AS occurrence
ORDER BY a.publishedAt, a.id, r.start
