// claimArticle.cypher for the distinct texts of a bulk batch at once, in the batch's order: one
// round trip instead of one an article. Each row tells, as claimArticle does, whether its text is
// new and what a known one was stored with.
UNWIND $claims AS claim
MERGE (a:Article {contentHash: claim.contentHash})
ON CREATE SET a.id = claim.articleId, a.ingestedAt = datetime(), a.claimed = true
WITH claim, a, coalesce(a.claimed, false) AS created
REMOVE a.claimed
WITH claim, a, created
RETURN claim.contentHash AS contentHash, created, a.id AS id, a.url AS url, a.title AS title, toString(a.publishedAt) AS publishedAt,
       a.dateline AS dateline, a.sourceId AS sourceId, head(COLLECT { MATCH (a)-[:PUBLISHED_BY]->(p:Organization) RETURN p.name }) AS publisher,
       toString(a.retractedAt) AS retractedAt
