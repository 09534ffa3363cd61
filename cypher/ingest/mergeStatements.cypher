// Statements, deduplicated by id (speaker + normalised text), each with its speaker, office, the
// organization it speaks for, and its occurrence in its article (row.articleId) with exact offsets.
// One article or thousands in one batch: ingestion and the bulk loader share it. A statement
// kept aside (:ArchivedStatement: its article was retracted, or re-extraction lost it after a person
// corrected it) is reported again, so it comes back. What a person set (the fields listed in
// `curated`: speaker, office, onBehalfOf) stays as they set it.
UNWIND $statements AS row
CALL (row) {
  MATCH (kept:ArchivedStatement {id: row.id})
  REMOVE kept:ArchivedStatement
  SET kept:Statement
}
WITH row, CASE WHEN row.saidOn IS NULL THEN null ELSE date(row.saidOn) END AS saidOn
WITH row, saidOn, CASE WHEN saidOn IS NULL THEN null ELSE duration.inDays(date('1970-01-01'), saidOn).days END AS day
MATCH (a:Article {id: row.articleId})
MERGE (s:Statement {id: row.id})
ON CREATE SET s.text = row.text,
              s.kind = row.kind,
              s.saidOn = saidOn,
              s.saidOnDay = day,
              s.language = row.language,
              s.textHash = row.textHash,
              s.confidence = row.confidence,
              s.position = row.occurrence.start,
              // its place in lists, newest or oldest day first (undated last), then reading order
              // in the article that first reported it: one stored number to sort on
              s.newestFirst = coalesce(-day, 100000000) * 10000000 + row.occurrence.start,
              s.oldestFirst = coalesce(day, 100000000) * 10000000 + row.occurrence.start,
              s.createdAt = datetime(),
              s.version = 1,
              s.curated = []
// a statement first seen undated, or dated later than this occurrence, takes this date: the
// earliest date of its occurrences, as they arrive
FOREACH (_ IN CASE WHEN saidOn IS NOT NULL AND (s.saidOn IS NULL OR saidOn < s.saidOn) THEN [1] ELSE [] END |
  SET s.saidOn = saidOn,
      s.saidOnDay = day,
      s.newestFirst = -day * 10000000 + row.occurrence.start,
      s.oldestFirst = day * 10000000 + row.occurrence.start)
MERGE (s)-[r:REPORTED_IN {start: row.occurrence.start, end: row.occurrence.end}]->(a)
SET r.quote = row.occurrence.quote,
    r.cue = row.occurrence.cue,
    r.speakerText = row.occurrence.speakerText,
    r.speakerStart = row.occurrence.speakerStart,
    r.speakerEnd = row.occurrence.speakerEnd,
    r.extractor = row.occurrence.extractor
WITH s, row, coalesce(s.curated, []) AS curated
CALL (s, row, curated) {
  MATCH (sp:Entity {id: row.speakerId})
  WHERE NOT 'speaker' IN curated
  MERGE (s)-[b:SAID_BY]->(sp)
  SET b.confidence = row.confidence, b.method = row.attributionMethod
}
CALL (s, row, curated) {
  MATCH (o:Office {id: row.officeId})
  WHERE NOT 'office' IN curated
  MERGE (s)-[:IN_CAPACITY_OF]->(o)
}
CALL (s, row, curated) {
  MATCH (org:Organization {id: row.onBehalfOfId})
  WHERE NOT 'onBehalfOf' IN curated
  MERGE (s)-[:ON_BEHALF_OF]->(org)
}
RETURN count(s) AS merged
