// Statements matching StatementWhere, keyset-paged by the day they were said (direction from
// $descending, undated last), then by where they stand in the article that first reported them
// (reading order within a day), then id. The most selective filter given is the anchor: full
// text, speaker, office, article, mention or date range, in that order, a date range before a hub
// mention; the other filters check what it finds. $text is a Lucene query, already escaped.
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
WITH s, (CASE WHEN s.saidOnDay IS NULL THEN 100000000 WHEN $descending THEN -s.saidOnDay ELSE s.saidOnDay END) * 10000000
        + coalesce(s.position, 0) AS sortKey
WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND s.id > $afterId)
WITH s, sortKey
ORDER BY sortKey, s.id
LIMIT $limit
// the page's statements come whole, with the links $with names (as statement/getStatementsByIds
// gives them): no second round trip
RETURN s.id AS id, sortKey, s {
  .id, .text, .kind, .saidOn, .language, .textHash, .confidence,
  speakerId: head(COLLECT { MATCH (s)-[:SAID_BY]->(sp:Entity) RETURN sp.id }),
  attributionMethod: head(COLLECT { MATCH (s)-[b:SAID_BY]->(:Entity) RETURN b.method }),
  officeId: head(COLLECT { MATCH (s)-[:IN_CAPACITY_OF]->(o:Office) RETURN o.id }),
  onBehalfOfId: head(COLLECT { MATCH (s)-[:ON_BEHALF_OF]->(org:Organization) RETURN org.id }),
  embeddedInId: head(COLLECT { MATCH (s)-[:EMBEDDED_IN]->(outer:Statement) RETURN outer.id })
} AS statement,
// what the query will follow from each statement, when $with asks (rows shaped as
// entity/getEntitiesByIds, article/getArticlesByIds and the occurrence and mention queries give
// them, so the API primes its loaders with them instead of asking again)
CASE WHEN $with.any THEN {
  entities: [e IN COLLECT {
    MATCH (s)-[r:SAID_BY|IN_CAPACITY_OF|ON_BEHALF_OF|MENTIONS]->(e:Entity)
    WHERE (type(r) = 'SAID_BY' AND $with.speaker) OR (type(r) = 'IN_CAPACITY_OF' AND $with.office)
       OR (type(r) = 'ON_BEHALF_OF' AND $with.onBehalfOf) OR (type(r) = 'MENTIONS' AND $with.mentions)
    RETURN e AS e
    UNION
    MATCH (s)-[:IN_CAPACITY_OF]->(:Office)-[:OF]->(e:Organization) WHERE $with.office
    RETURN e AS e
    UNION
    MATCH (s)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(e:Organization) WHERE $with.articles
    RETURN e AS e
  } | e {
    .id, .name, .title, .aliases, .kind, .description, .wikidataId,
    labels: labels(e),
    organizationId: [(e)-[:OF]->(org:Organization) | org.id][0]
  }],
  articles: CASE WHEN $with.articles THEN COLLECT {
    MATCH (s)-[:REPORTED_IN]->(a:Article)
    RETURN DISTINCT a { .id, .url, .title, .publishedAt, .dateline, .language, .contentHash, .ingestedAt,
      publisherId: head(COLLECT { MATCH (a)-[:PUBLISHED_BY]->(p:Organization) RETURN p.id }) }
  } END,
  occurrences: CASE WHEN $with.occurrences THEN COLLECT {
    MATCH (s)-[r:REPORTED_IN]->(a:Article)
    RETURN {
      articleId: a.id, start: r.start, end: r.end, quote: r.quote,
      cue: r.cue, speakerText: r.speakerText, speakerStart: r.speakerStart, speakerEnd: r.speakerEnd,
      extractor: r.extractor
    } ORDER BY a.publishedAt, a.id, r.start
  } END,
  mentions: CASE WHEN $with.mentions THEN COLLECT {
    MATCH (s)-[m:MENTIONS]->(e:Entity)
    RETURN { entityId: e.id, start: m.start, end: m.end } ORDER BY m.start, e.id
  } END
} END AS linked
