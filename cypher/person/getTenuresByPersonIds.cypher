// The offices each person held; with $at, only tenures that include that day. Each tenure comes
// with the rows of its office and the office's organization, which the API puts in its entity
// loader: the office and organization of a tenure cost no further statement.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[h:HELD]->(o:Office)
WHERE $at IS NULL OR ((h.start IS NULL OR h.start <= date($at)) AND (h.end IS NULL OR h.end >= date($at)))
RETURN p.id AS key,
// @include person/_tenure
       AS tenure,
       [e IN [o] + [(o)-[:OF]->(org:Organization) | org] |
// @include entity/_row
       ] AS entities
ORDER BY h.start, o.id
