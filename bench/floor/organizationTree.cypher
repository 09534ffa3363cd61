// An organization's offices, their holders, and each holder's latest statements.
MATCH (org:Organization {id: $id})
RETURN org {
  .name,
  offices: [(org)<-[:OF]-(o:Office) | o {
    .title,
    // the newest statement ids each speaker keeps (the graph as saidgraph writes it)
    holders: [(o)<-[:HELD]-(p:Person) | p { .name, latest: [id IN p.latestStatementIds[..3] | head(COLLECT { MATCH (s:Statement {id: id}) RETURN s.text })] }]
  }]
} AS result
