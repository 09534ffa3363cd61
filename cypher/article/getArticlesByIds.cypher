// Articles by id, with the id of their publisher; the text, which can be long, comes on its own
// (article/getArticleTextsByIds) when asked for.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {
  .id, .url, .title, .publishedAt, .dateline, .language, .contentHash, .ingestedAt, .sourceId, .extractorVersion,
  .retractedAt, .retractionReason, version: coalesce(a.version, 1),
  publisherId: head(COLLECT { MATCH (a)-[:PUBLISHED_BY]->(p:Organization) RETURN p.id })
} AS article
