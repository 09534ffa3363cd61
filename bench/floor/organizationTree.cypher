// An organization's offices, their holders, and each holder's latest statements.
MATCH (org:Organization {id: $id})
RETURN org {
  .name,
  offices: [(org)<-[:OF]-(o:Office) | o {
    .title,
    holders: [(o)<-[:HELD]-(p:Person) | p { .name, latest: COLLECT { MATCH (p)<-[:SAID_BY]-(s:Statement) WITH s ORDER BY s.saidOnDay DESC, s.id LIMIT 3 RETURN s.text } }]
  }]
} AS result
