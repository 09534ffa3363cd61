// Statements by id, with the ids of their speaker, office, the organization they speak for and the
// statement they are nested in; the API resolves those ids through its batch loaders, or, for the
// links $with names, from the rows that come with the statement.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN s {
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
