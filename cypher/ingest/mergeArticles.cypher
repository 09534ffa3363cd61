// Articles and their publishers, in batches. The text is stored as given: occurrence offsets index
// into it. Ingestion writes one, the bulk loader thousands.
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
ON CREATE SET a.ingestedAt = datetime()
SET a.url = article.url,
    a.title = article.title,
    a.publishedAt = CASE WHEN article.publishedAt IS NULL THEN null ELSE date(article.publishedAt) END,
    a.publishedDay = CASE WHEN article.publishedAt IS NULL THEN null ELSE duration.inDays(date('1970-01-01'), date(article.publishedAt)).days END,
    a.dateline = article.dateline,
    a.language = article.language,
    a.contentHash = article.contentHash,
    a.text = article.text
WITH a, article
CALL (a, article) {
  MATCH (p:Organization {id: article.publisherId})
  MERGE (a)-[:PUBLISHED_BY]->(p)
}
RETURN count(a) AS merged
