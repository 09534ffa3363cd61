// Every report of each statement, with the exact span and the words at it.
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[r:REPORTED_IN]->(a:Article)
RETURN s.id AS key, {
  articleId: a.id, start: r.start, end: r.end, quote: r.quote,
  cue: r.cue, speakerText: r.speakerText, speakerStart: r.speakerStart, speakerEnd: r.speakerEnd,
  extractor: r.extractor
} AS occurrence
ORDER BY a.publishedAt, a.id, r.start
