// A person with tenures and latest statements.
MATCH (p:Person {id: $id})
RETURN p {
  .name,
  tenures: [(p)-[h:HELD]->(o)-[:OF]->(org) | { title: o.title, organization: org.name, start: toString(h.start), end: toString(h.end) }],
  // the 21 newest statement ids the speaker keeps (the graph as saidgraph writes it)
  latest: [id IN p.latestStatementIds[..5] | head(COLLECT { MATCH (s:Statement {id: id}) RETURN s { .id, .text, saidOn: toString(s.saidOn) } })]
} AS result
