// The first statement of an ingest's write transaction: takes each text for this transaction (one
// article's, or the distinct texts of a bulk batch, in its order) and tells whether it is new. MERGE
// on the unique content hash locks the hash, so of two transactions ingesting one text at once, the
// second waits for the first to commit and then finds the article: `created` is true exactly once.
// Returns what a known article was stored with, so that new metadata for a known text updates it.
UNWIND $claims AS claim
MERGE (a:Article {contentHash: claim.contentHash})
ON CREATE SET a.id = claim.articleId, a.ingestedAt = datetime(), a.claimed = true
WITH claim, a, coalesce(a.claimed, false) AS created
REMOVE a.claimed
WITH claim, a, created
RETURN claim.contentHash AS contentHash, created, a.id AS id, a.url AS url, a.title AS title, toString(a.publishedAt) AS publishedAt,
       a.dateline AS dateline, a.sourceId AS sourceId, head(COLLECT { MATCH (a)-[:PUBLISHED_BY]->(p:Organization) RETURN p.name }) AS publisher,
       toString(a.retractedAt) AS retractedAt
