// One level of a neighbourhood: for each node id, at most $limit neighbours (most connected
// first would need a sort over a hub's whole fan-out, so they come in storage order), with the
// relationships to them.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Statement {id: id}) RETURN n
  UNION
  MATCH (n:Article {id: id}) RETURN n
}
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE m.id IS NOT NULL AND NOT m:Migration
  RETURN r, m
  LIMIT $limit
}
RETURN n.id AS from, COUNT { (n)--() } AS degree, n { .id, .name, .title, .text, labels: labels(n) } AS center,
       m { .id, .name, .title, .text, labels: labels(m) } AS node,
       { type: type(r), source: startNode(r).id, target: endNode(r).id } AS edge
