// The shortest connection between two nodes (entities, statements or articles) through the
// relationships that carry meaning; none when it is longer than $maxHops.
CALL () {
  MATCH (n:Entity {id: $from}) RETURN n
  UNION
  MATCH (n:Statement {id: $from}) RETURN n
  UNION
  MATCH (n:Article {id: $from}) RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:Entity {id: $to}) RETURN n
  UNION
  MATCH (n:Statement {id: $to}) RETURN n
  UNION
  MATCH (n:Article {id: $to}) RETURN n
}
WITH a, n AS b
MATCH p = shortestPath((a)-[:SAID_BY|IN_CAPACITY_OF|ON_BEHALF_OF|OF|HELD|MENTIONS|EMBEDDED_IN|REPORTED_IN|PUBLISHED_BY*..10]-(b))
WHERE length(p) <= $maxHops
RETURN [x IN nodes(p) | x { .id, .name, .title, .text, labels: labels(x) }] AS nodes,
       [r IN relationships(p) | { type: type(r), source: startNode(r).id, target: endNode(r).id }] AS edges
