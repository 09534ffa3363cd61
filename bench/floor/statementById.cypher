// A statement with speaker, office, articles and mentions, in one statement.
MATCH (s:Statement {id: $id})
RETURN s {
  .id, .text, .kind, saidOn: toString(s.saidOn),
  speaker: [(s)-[:SAID_BY]->(p) | p { .id, .name }][0],
  office: [(s)-[:IN_CAPACITY_OF]->(o)-[:OF]->(org) | o { .id, .title, organization: org { .id, .name } }][0],
  occurrences: [(s)-[r:REPORTED_IN]->(a)-[:PUBLISHED_BY]->(pub) | { start: r.start, end: r.end, cue: r.cue, article: a { .id, .title, publishedAt: toString(a.publishedAt), publisher: pub.name } }],
  mentions: [(s)-[:MENTIONS]->(e) | e { .id, .name }]
} AS result
