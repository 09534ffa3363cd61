// The first statement of an ingest's write transaction: takes the article's text for this
// transaction and tells whether it is new. MERGE on the unique content hash locks the hash, so of
// two transactions ingesting one text at once, the second waits for the first to commit and then
// finds the article: `created` is true exactly once. Returns what the article was stored with, so
// that new metadata for a known text updates it.
MERGE (a:Article {contentHash: $contentHash})
ON CREATE SET a.id = $articleId, a.ingestedAt = datetime(), a.claimed = true
WITH a, coalesce(a.claimed, false) AS created
REMOVE a.claimed
WITH a, created
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(p:Organization)
RETURN created, a.id AS id, a.url AS url, a.title AS title, toString(a.publishedAt) AS publishedAt, a.dateline AS dateline,
       a.sourceId AS sourceId, p.name AS publisher, toString(a.retractedAt) AS retractedAt
LIMIT 1
