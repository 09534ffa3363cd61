// A part, not a statement: the offices of organization `org`, by title, each as { office, holders }
// with the office's entity row. With $holders, each office brings its holders (tenures that include
// day $at when given, with the person's row), and with $latest above 0 each holder brings its
// $latest newest statements, whole.
COLLECT {
  MATCH (o:Office)-[:OF]->(org)
  RETURN {
    office: [e IN [o] |
// @include entity/_row
    ][0],
    holders: CASE WHEN $holders THEN COLLECT {
      MATCH (p:Person)-[h:HELD]->(o)
      WHERE $at IS NULL OR ((h.start IS NULL OR h.start <= date($at)) AND (h.end IS NULL OR h.end >= date($at)))
      WITH p, h, p AS speaker
      RETURN {
        tenure:
// @include person/_tenure
        ,
        person: [e IN [p] |
// @include entity/_row
        ][0],
        latest: CASE WHEN $latest > 0 THEN [s IN
// @include statement/_latestOf
          | { row: { id: s.id, sortKey: s.newestFirst }, statement:
// @include statement/_row
          }] END
      } ORDER BY h.start, p.id
    } END
  } ORDER BY o.titleKey, o.id
}
