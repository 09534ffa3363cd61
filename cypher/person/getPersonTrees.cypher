// People by id with what the request asks below them, in one statement: with $tenures their
// tenures (those that include day $at when given) with the rows of office and organization, and
// with $latest above 0 their $latest newest statements, whole.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH p, p AS speaker
RETURN [e IN [p] |
// @include entity/_row
  ][0] AS person,
  CASE WHEN $tenures THEN COLLECT {
    MATCH (p)-[h:HELD]->(o:Office)
    WHERE $at IS NULL OR ((h.start IS NULL OR h.start <= date($at)) AND (h.end IS NULL OR h.end >= date($at)))
    RETURN {
      tenure:
// @include person/_tenure
      ,
      entities: [e IN [o] + [(o)-[:OF]->(org:Organization) | org] |
// @include entity/_row
      ]
    } ORDER BY h.start, o.id
  } END AS tenures,
  CASE WHEN $latest > 0 THEN [s IN
// @include statement/_latestOf
    | { row: { id: s.id, sortKey: s.newestFirst }, statement:
// @include statement/_row
    }] END AS latest
