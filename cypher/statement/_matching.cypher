// A part, not a statement: the statements matching StatementWhere, as `s`. The statement queries
// that take the filter include it (an include line names it), so the filter is written once.
// The most selective filter given is the anchor: full text, speaker, office, article, mention or
// date range, in that order, a date range before a hub mention; the other filters check what it
// finds, and the anchor's own filter is not checked again. $text is a Lucene query, already escaped.
// Exactly one of these branches runs (the conditions exclude each other), so UNION ALL; a
// statement reported twice in an article, or naming an entity twice, comes once (DISTINCT).
OPTIONAL MATCH (mentioned:Entity {id: $mentions})
// how often the mentioned entity is mentioned, from its degree: a hub is not the anchor
WITH mentioned, CASE WHEN mentioned IS NULL THEN 0 ELSE COUNT { (mentioned)<-[:MENTIONS]-() } END AS mentionCount
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
WITH s, anchor, mentioned
WHERE (anchor = 'speaker' OR $speakerId IS NULL OR EXISTS { (s)-[:SAID_BY]->(:Entity {id: $speakerId}) })
  AND ($speakerName IS NULL OR EXISTS { (s)-[:SAID_BY]->(sp:Entity) WHERE sp.nameKey = toLower($speakerName) OR toLower($speakerName) IN sp.aliasKeys })
  AND (anchor = 'office' OR $officeId IS NULL OR EXISTS { (s)-[:IN_CAPACITY_OF]->(:Office {id: $officeId}) })
  AND ($organizationId IS NULL
       OR EXISTS { (s)-[:IN_CAPACITY_OF]->(:Office)-[:OF]->(:Organization {id: $organizationId}) }
       OR EXISTS { (s)-[:ON_BEHALF_OF|SAID_BY]->(:Organization {id: $organizationId}) })
  AND (anchor = 'mention' OR $mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(mentioned) })
  AND ($kind IS NULL OR s.kind = $kind)
  AND (anchor = 'range' OR $saidFrom IS NULL OR s.saidOn >= date($saidFrom))
  AND (anchor = 'range' OR $saidTo IS NULL OR s.saidOn <= date($saidTo))
  AND (anchor = 'article' OR $articleId IS NULL OR EXISTS { (s)-[:REPORTED_IN]->(:Article {id: $articleId}) })
  AND ($publisherId IS NULL OR EXISTS { (s)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(:Organization {id: $publisherId}) })
