// Articles and their publishers, in batches. The text is stored as given: occurrence offsets index
// into it. Ingestion writes one, the bulk loader thousands. A known text written again with new
// metadata takes what is new and keeps what the new input leaves out.
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
ON CREATE SET a.ingestedAt = datetime()
SET a.url = coalesce(article.url, a.url),
    a.title = CASE WHEN article.title = '' THEN coalesce(a.title, '') ELSE article.title END,
    a.publishedAt = CASE WHEN article.publishedAt IS NULL THEN a.publishedAt ELSE date(article.publishedAt) END,
    a.publishedDay = CASE WHEN article.publishedAt IS NULL THEN a.publishedDay ELSE duration.inDays(date('1970-01-01'), date(article.publishedAt)).days END,
    a.dateline = coalesce(article.dateline, a.dateline),
    a.sourceId = coalesce(article.sourceId, a.sourceId),
    a.extractorVersion = article.extractorVersion,
    a.language = article.language,
    a.contentHash = article.contentHash,
    a.text = article.text,
    // each write of the article (first, with new metadata, re-extracted) is a new version
    a.version = coalesce(a.version, 0) + 1
WITH a, article
CALL (a, article) {
  MATCH (p:Organization {id: article.publisherId})
  OPTIONAL MATCH (a)-[old:PUBLISHED_BY]->(other) WHERE other <> p
  DELETE old
  MERGE (a)-[:PUBLISHED_BY]->(p)
}
RETURN count(a) AS merged
