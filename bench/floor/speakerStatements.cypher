// A speaker's statements, newest first, a page of 20 with office, articles and mentions.
// the first page is the 20 newest of the statement ids the speaker keeps (the graph as saidgraph writes it)
MATCH (sp:Entity {id: $speakerId})
UNWIND sp.latestStatementIds[..20] AS id
MATCH (s:Statement {id: id})
RETURN s {
  .id, .text, saidOn: toString(s.saidOn),
  office: [(s)-[:IN_CAPACITY_OF]->(o) | o.title][0],
  occurrences: [(s)-[r:REPORTED_IN]->(a)-[:PUBLISHED_BY]->(pub) | { start: r.start, end: r.end, title: a.title, publisher: pub.name }],
  mentions: [(s)-[:MENTIONS]->(e) | e.name]
} AS result
