// Who held each office; with $at, only tenures that include that day. Each tenure comes with the
// row of its holder, which the API puts in its entity loader.
UNWIND $ids AS id
MATCH (p:Person)-[h:HELD]->(o:Office {id: id})
WHERE $at IS NULL OR ((h.start IS NULL OR h.start <= date($at)) AND (h.end IS NULL OR h.end >= date($at)))
RETURN o.id AS key,
// @include person/_tenure
       AS tenure,
       [e IN [p] |
// @include entity/_row
       ] AS entities
ORDER BY h.start, p.id
