// A speaker's statements, newest first, a page of 20 with office, articles and mentions.
MATCH (:Entity {id: $speakerId})<-[:SAID_BY]-(s:Statement)
WITH s ORDER BY s.saidOnDay DESC, s.id LIMIT 20
RETURN s {
  .id, .text, saidOn: toString(s.saidOn),
  office: [(s)-[:IN_CAPACITY_OF]->(o) | o.title][0],
  occurrences: [(s)-[r:REPORTED_IN]->(a)-[:PUBLISHED_BY]->(pub) | { start: r.start, end: r.end, title: a.title, publisher: pub.name }],
  mentions: [(s)-[:MENTIONS]->(e) | e.name]
} AS result
