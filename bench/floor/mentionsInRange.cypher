// Statements mentioning an entity in a date range, newest first, with their speakers: the range
// read newest first from the index of sort keys (the graph as saidgraph writes it), each checked
// for the mention, until 20 are found.
MATCH (e:Entity {id: $entityId})
WITH e, -duration.inDays(date('1970-01-01'), date($to)).days * 10000000 AS low,
     -duration.inDays(date('1970-01-01'), date($from)).days * 10000000 + 9999999 AS high
CALL (e, low, high) {
  MATCH (s:Statement)
  WHERE s.newestFirst >= low AND s.newestFirst <= high AND EXISTS { (s)-[:MENTIONS]->(e) }
  WITH s ORDER BY s.newestFirst, s.id LIMIT 20
  RETURN s
}
RETURN s { .id, .text, saidOn: toString(s.saidOn), speaker: [(s)-[:SAID_BY]->(p) | p.name][0] } AS result
