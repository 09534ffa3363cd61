// One level of a neighbourhood: for each node id, at most $limit neighbours (most connected
// first would need a sort over a hub's whole fan-out, so they come in storage order), with the
// relationships to them. Only the graph's facts count as links: not the audit trail (CHANGED),
// merges, retracted occurrences or removed tenures.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Statement {id: id}) RETURN n
  UNION
  MATCH (n:Article {id: id}) RETURN n
}
CALL (n) {
  MATCH (n)-[r:SAID_BY|IN_CAPACITY_OF|ON_BEHALF_OF|OF|HELD|MENTIONS|EMBEDDED_IN|REPORTED_IN|PUBLISHED_BY]-(m)
  WHERE m.id IS NOT NULL
  RETURN r, m
  LIMIT $limit
}
RETURN n.id AS from, COUNT { (n)-[:SAID_BY|IN_CAPACITY_OF|ON_BEHALF_OF|OF|HELD|MENTIONS|EMBEDDED_IN|REPORTED_IN|PUBLISHED_BY]-() } AS degree, n { .id, .name, .title, .text, labels: labels(n) } AS center,
       m { .id, .name, .title, .text, labels: labels(m) } AS node,
       { type: type(r), source: startNode(r).id, target: endNode(r).id } AS edge
