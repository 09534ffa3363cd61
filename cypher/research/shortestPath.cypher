// The shortest connection between two nodes (entities, statements or articles) through the
// relationships that carry meaning, at most 10 long. Its length is checked by the caller: a
// predicate on the path here would make Neo4j give up the breadth-first search for an exhaustive one.
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
RETURN length(p) AS length, [x IN nodes(p) | x { .id, .name, .title, .text, labels: labels(x) }] AS nodes,
       [r IN relationships(p) | { type: type(r), source: startNode(r).id, target: endNode(r).id }] AS edges
