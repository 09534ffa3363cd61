// A part, not a statement: the row of article `a` as the API reads it, with the id of its
// publisher; the text, which can be long, comes on its own (article/getArticleTextsByIds). The
// parts $shape.article leaves out are null (a request that selects none of them does not read
// them); the id and the content hash (which tells an article from a statement) always come.
a {
  .id, .contentHash,
  url: CASE WHEN $shape.article.url THEN a.url END,
  title: CASE WHEN $shape.article.title THEN a.title END,
  publishedAt: CASE WHEN $shape.article.publishedAt THEN a.publishedAt END,
  dateline: CASE WHEN $shape.article.dateline THEN a.dateline END,
  language: CASE WHEN $shape.article.language THEN a.language END,
  ingestedAt: CASE WHEN $shape.article.ingestedAt THEN a.ingestedAt END,
  sourceId: CASE WHEN $shape.article.sourceId THEN a.sourceId END,
  extractorVersion: CASE WHEN $shape.article.extractorVersion THEN a.extractorVersion END,
  retractedAt: CASE WHEN $shape.article.retractedAt THEN a.retractedAt END,
  retractionReason: CASE WHEN $shape.article.retractionReason THEN a.retractionReason END,
  version: CASE WHEN $shape.article.version THEN coalesce(a.version, 1) END,
  publisherId: CASE WHEN $shape.article.publisherId THEN head(COLLECT { MATCH (a)-[:PUBLISHED_BY]->(p:Organization) RETURN p.id }) END
}
