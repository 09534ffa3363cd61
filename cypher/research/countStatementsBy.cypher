// Statements matching StatementWhere (the filters of statement/listStatements), grouped by $by:
// SPEAKER, ORGANIZATION, OFFICE, PUBLISHER, DAY or MONTH. Time series come oldest first, the rest
// largest first.
// exactly one of these branches runs (the conditions exclude each other), so UNION ALL; a
// statement reported twice in an article, or naming an entity twice, is counted once (DISTINCT)
CALL () {
  UNWIND CASE WHEN $text IS NULL THEN [] ELSE [$text] END AS query
  CALL db.index.fulltext.queryNodes('statement_text', query) YIELD node
  RETURN node AS s
  UNION ALL
  UNWIND CASE WHEN $text IS NULL AND $speakerId IS NOT NULL THEN [$speakerId] ELSE [] END AS anchor
  MATCH (:Entity {id: anchor})<-[:SAID_BY]-(s:Statement)
  RETURN s
  UNION ALL
  UNWIND CASE WHEN $text IS NULL AND $speakerId IS NULL AND $officeId IS NOT NULL THEN [$officeId] ELSE [] END AS anchor
  MATCH (:Office {id: anchor})<-[:IN_CAPACITY_OF]-(s:Statement)
  RETURN s
  UNION ALL
  UNWIND CASE WHEN $text IS NULL AND $speakerId IS NULL AND $officeId IS NULL AND $articleId IS NOT NULL THEN [$articleId] ELSE [] END AS anchor
  MATCH (:Article {id: anchor})<-[:REPORTED_IN]-(s:Statement)
  RETURN DISTINCT s
  UNION ALL
  // a mention is the anchor unless it is a hub and a date range is given: then the range is
  UNWIND CASE WHEN $text IS NULL AND $speakerId IS NULL AND $officeId IS NULL AND $articleId IS NULL AND $mentions IS NOT NULL
    AND NOT (($saidFrom IS NOT NULL OR $saidTo IS NOT NULL) AND COUNT { (:Entity {id: $mentions})<-[:MENTIONS]-() } > 5000)
    THEN [$mentions] ELSE [] END AS anchor
  MATCH (:Entity {id: anchor})<-[:MENTIONS]-(s:Statement)
  RETURN DISTINCT s
  UNION ALL
  UNWIND CASE WHEN $text IS NULL AND $speakerId IS NULL AND $officeId IS NULL AND $articleId IS NULL
    AND ($saidFrom IS NOT NULL OR $saidTo IS NOT NULL)
    AND ($mentions IS NULL OR COUNT { (:Entity {id: $mentions})<-[:MENTIONS]-() } > 5000)
    THEN [1] ELSE [] END AS range
  MATCH (s:Statement)
  WHERE s.saidOn >= date(coalesce($saidFrom, '0001-01-01')) AND s.saidOn <= date(coalesce($saidTo, '9999-12-31'))
  RETURN s
  UNION ALL
  UNWIND CASE WHEN $text IS NULL AND $speakerId IS NULL AND $officeId IS NULL AND $articleId IS NULL AND $mentions IS NULL
    AND $saidFrom IS NULL AND $saidTo IS NULL THEN [1] ELSE [] END AS everything
  MATCH (s:Statement)
  RETURN s
}
WITH s
WHERE ($speakerId IS NULL OR EXISTS { (s)-[:SAID_BY]->(:Entity {id: $speakerId}) })
  AND ($speakerName IS NULL OR EXISTS { (s)-[:SAID_BY]->(sp:Entity) WHERE sp.nameKey = toLower($speakerName) OR toLower($speakerName) IN sp.aliasKeys })
  AND ($officeId IS NULL OR EXISTS { (s)-[:IN_CAPACITY_OF]->(:Office {id: $officeId}) })
  AND ($organizationId IS NULL
       OR EXISTS { (s)-[:IN_CAPACITY_OF]->(:Office)-[:OF]->(:Organization {id: $organizationId}) }
       OR EXISTS { (s)-[:ON_BEHALF_OF|SAID_BY]->(:Organization {id: $organizationId}) })
  AND ($mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(:Entity {id: $mentions}) })
  AND ($kind IS NULL OR s.kind = $kind)
  AND ($saidFrom IS NULL OR s.saidOn >= date($saidFrom))
  AND ($saidTo IS NULL OR s.saidOn <= date($saidTo))
  AND ($articleId IS NULL OR EXISTS { (s)-[:REPORTED_IN]->(:Article {id: $articleId}) })
  AND ($publisherId IS NULL OR EXISTS { (s)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(:Organization {id: $publisherId}) })
CALL (s) {
  MATCH (s)-[:SAID_BY]->(e:Entity) WHERE $by = 'SPEAKER'
  RETURN e.id AS key, coalesce(e.name, e.title) AS label
  UNION
  MATCH (s)-[:IN_CAPACITY_OF]->(:Office)-[:OF]->(org:Organization) WHERE $by = 'ORGANIZATION'
  RETURN org.id AS key, org.name AS label
  UNION
  MATCH (s)-[:ON_BEHALF_OF|SAID_BY]->(org:Organization) WHERE $by = 'ORGANIZATION'
  RETURN org.id AS key, org.name AS label
  UNION
  MATCH (s)-[:IN_CAPACITY_OF]->(o:Office)-[:OF]->(org:Organization) WHERE $by = 'OFFICE'
  RETURN o.id AS key, o.title + ', ' + org.name AS label
  UNION
  MATCH (s)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(p:Organization) WHERE $by = 'PUBLISHER'
  RETURN p.id AS key, p.name AS label
  UNION
  UNWIND CASE WHEN $by = 'DAY' AND s.saidOn IS NOT NULL THEN [toString(s.saidOn)] ELSE [] END AS day
  RETURN day AS key, day AS label
  UNION
  UNWIND CASE WHEN $by = 'MONTH' AND s.saidOn IS NOT NULL THEN [substring(toString(s.saidOn), 0, 7)] ELSE [] END AS month
  RETURN month AS key, month AS label
}
WITH key, label, count(DISTINCT s) AS count
RETURN key, label, count
ORDER BY CASE WHEN $by IN ['DAY', 'MONTH'] THEN key ELSE '' END, count DESC, key
LIMIT $limit
