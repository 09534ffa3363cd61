// A person with tenures and latest statements.
MATCH (p:Person {id: $id})
RETURN p {
  .name,
  tenures: [(p)-[h:HELD]->(o)-[:OF]->(org) | { title: o.title, organization: org.name, start: toString(h.start), end: toString(h.end) }],
  latest: COLLECT { MATCH (p)<-[:SAID_BY]-(s:Statement) WITH s ORDER BY s.saidOnDay DESC, s.id LIMIT 5 RETURN s { .id, .text, saidOn: toString(s.saidOn) } }
} AS result
