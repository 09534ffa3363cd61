// A part, not a statement: the statements matching StatementWhere, as `s`. The statement queries
// that take the filter include it (an include line names it), so the filter is written once.
// The most selective filter given is the anchor: full text, speaker, office, article, mention or
// date range, in that order, a date range before a hub mention; the other filters check what it
// finds, and the anchor's own filter is not checked again. $text is a Lucene query, already escaped.
// Exactly one of these branches runs (the conditions exclude each other), so UNION ALL; a
// statement reported twice in an article, or naming an entity twice, comes once (DISTINCT).
// @include statement/_mentioned
CALL (mentioned, mentionCount) {
  UNWIND CASE WHEN $text IS NULL THEN [] ELSE [$text] END AS query
  CALL db.index.fulltext.queryNodes('statement_text', query) YIELD node
  RETURN node AS s, 'text' AS anchor
  UNION ALL
  UNWIND CASE WHEN $text IS NULL AND $speakerId IS NOT NULL THEN [$speakerId] ELSE [] END AS id
  MATCH (:Entity {id: id})<-[:SAID_BY]-(s:Statement)
  RETURN s, 'speaker' AS anchor
  UNION ALL
  UNWIND CASE WHEN $text IS NULL AND $speakerId IS NULL AND $officeId IS NOT NULL THEN [$officeId] ELSE [] END AS id
  MATCH (:Office {id: id})<-[:IN_CAPACITY_OF]-(s:Statement)
  RETURN s, 'office' AS anchor
  UNION ALL
  UNWIND CASE WHEN $text IS NULL AND $speakerId IS NULL AND $officeId IS NULL AND $articleId IS NOT NULL THEN [$articleId] ELSE [] END AS id
  MATCH (:Article {id: id})<-[:REPORTED_IN]-(s:Statement)
  RETURN DISTINCT s, 'article' AS anchor
  UNION ALL
  // a mention is the anchor unless it is a hub and a date range is given: then the range is
  UNWIND CASE WHEN $text IS NULL AND $speakerId IS NULL AND $officeId IS NULL AND $articleId IS NULL AND $mentions IS NOT NULL
    AND NOT (($saidFrom IS NOT NULL OR $saidTo IS NOT NULL) AND mentionCount > 5000)
    THEN [mentioned] ELSE [] END AS entity
  MATCH (entity)<-[:MENTIONS]-(s:Statement)
  RETURN DISTINCT s, 'mention' AS anchor
  UNION ALL
  UNWIND CASE WHEN $text IS NULL AND $speakerId IS NULL AND $officeId IS NULL AND $articleId IS NULL
    AND ($saidFrom IS NOT NULL OR $saidTo IS NOT NULL)
    AND ($mentions IS NULL OR mentionCount > 5000)
    THEN [1] ELSE [] END AS range
  MATCH (s:Statement)
  WHERE s.saidOn >= date(coalesce($saidFrom, '0001-01-01')) AND s.saidOn <= date(coalesce($saidTo, '9999-12-31'))
  RETURN s, 'range' AS anchor
  UNION ALL
  UNWIND CASE WHEN $text IS NULL AND $speakerId IS NULL AND $officeId IS NULL AND $articleId IS NULL AND $mentions IS NULL
    AND $saidFrom IS NULL AND $saidTo IS NULL THEN [1] ELSE [] END AS everything
  MATCH (s:Statement)
  RETURN s, 'everything' AS anchor
}
// @include statement/_checks
