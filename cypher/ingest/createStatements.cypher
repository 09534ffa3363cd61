// Statements the batch knows to be new (findExistingStatements found none of their ids, and the
// batch holds each id once), created with their occurrence, speaker, office and the organization
// they speak for: what mergeStatements.cypher writes for a statement it creates, without its
// merge locks. The properties and sort keys are the same; see mergeStatements.cypher for why.
UNWIND $statements AS row
WITH row, CASE WHEN row.saidOn IS NULL THEN null ELSE date(row.saidOn) END AS saidOn
WITH row, saidOn, CASE WHEN saidOn IS NULL THEN null ELSE duration.inDays(date('1970-01-01'), saidOn).days END AS day
MATCH (a:Article {id: row.articleId})
CREATE (s:Statement {
  id: row.id, text: row.text, kind: row.kind, saidOn: saidOn, saidOnDay: day, language: row.language,
  textHash: row.textHash, confidence: row.confidence, position: row.occurrence.start,
  newestFirst: coalesce(-day, 100000000) * 10000000 + row.occurrence.start,
  oldestFirst: coalesce(day, 100000000) * 10000000 + row.occurrence.start,
  createdAt: datetime(), version: 1, curated: []
})
CREATE (s)-[:REPORTED_IN {
  start: row.occurrence.start, end: row.occurrence.end, quote: row.occurrence.quote, cue: row.occurrence.cue,
  speakerText: row.occurrence.speakerText, speakerStart: row.occurrence.speakerStart,
  speakerEnd: row.occurrence.speakerEnd, extractor: row.occurrence.extractor
}]->(a)
WITH s, row
CALL (s, row) {
  MATCH (sp:Entity {id: row.speakerId})
  CREATE (s)-[:SAID_BY {confidence: row.confidence, method: row.attributionMethod}]->(sp)
}
CALL (s, row) {
  MATCH (o:Office {id: row.officeId})
  CREATE (s)-[:IN_CAPACITY_OF]->(o)
}
CALL (s, row) {
  MATCH (org:Organization {id: row.onBehalfOfId})
  CREATE (s)-[:ON_BEHALF_OF]->(org)
}
RETURN count(s) AS created
